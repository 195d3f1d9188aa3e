'use client';
/**
 * Chooses the organisation whose membership the map shows: one radio group (arrow keys move
 * through every layer), its layers set under the record's headings ("Integration", "Security"…),
 * so that six or more stay readable, on a phone too.
 */
import type { OrgId } from '@/data/vocabulary';
import './layer-switcher.css';

export interface LayerOption {
  id: OrgId;
  label: string;
  title: string;
  /** The heading it is listed under (the organisation's `group` in the record). */
  group: string;
}

/** The options by group, the groups in the order of their first option. */
function grouped(options: readonly LayerOption[]): [string, LayerOption[]][] {
  const groups = new Map<string, LayerOption[]>();
  for (const o of options) groups.set(o.group, [...(groups.get(o.group) ?? []), o]);
  return [...groups];
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
      {grouped(options).map(([group, members]) => (
        <span key={group} className="layer-group" role="group" aria-label={group}>
          <span className="layer-group-name" aria-hidden="true">
            {group}
          </span>
          {members.map((o) => (
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
        </span>
      ))}
    </fieldset>
  );
}
