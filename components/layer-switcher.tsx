'use client';
/** Chooses the organisation whose membership the map shows: a radio group, so arrow keys work. */
import type { OrgId } from '@/data/vocabulary';

export interface LayerOption {
  id: OrgId;
  label: string;
  title: string;
}

export function LayerSwitcher({
  layer,
  options,
  onLayer,
  legend = 'Organisation',
}: {
  layer: OrgId;
  options: readonly LayerOption[];
  onLayer: (id: OrgId) => void;
  legend?: string;
}): React.JSX.Element {
  return (
    <fieldset className="layer-switcher">
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.id} title={o.title} className={o.id === layer ? 'checked' : undefined}>
          <input
            type="radio"
            name={`layer-${legend}`}
            value={o.id}
            checked={o.id === layer}
            onChange={() => onLayer(o.id)}
          />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}
