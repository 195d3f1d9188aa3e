/**
 * The switch between a layer's readings of the record (the air defence system by participation
 * or by treaty): radio buttons, so that the arrow keys move between them, with what the chosen
 * one counts. Shown only for a layer that names more than its own reading.
 */
import type { AtlasView } from '@/model';
import './legend.css';
import './reading-switch.css';

export function ReadingSwitch({
  readings,
  onChange,
}: {
  readings: NonNullable<AtlasView['readings']>;
  onChange: (reading: string | null) => void;
}): React.JSX.Element {
  const chosen = readings.options.find((o) => o.id === readings.current) ?? readings.options[0]!;
  return (
    <fieldset className="reading-switch">
      <legend>Read the record</legend>
      <div className="reading-options">
        {readings.options.map((o) => (
          <label key={o.id ?? 'record'}>
            <input
              type="radio"
              name="reading"
              value={o.id ?? ''}
              checked={o.id === readings.current}
              onChange={() => onChange(o.id)}
            />
            {o.name}
            {o.id === null && <span className="reading-own"> (the record&apos;s)</span>}
          </label>
        ))}
      </div>
      <p className="legend-note" data-testid="reading-description">
        {chosen.description}
      </p>
    </fieldset>
  );
}
