/**
 * The map's title and a compact key, shown over the map on a phone, where the legend (the full
 * key, with the states' names) comes only after the map and the controls: so that the first
 * screen says what the map shows and in which year. Hidden from screen readers, which meet the
 * legend itself (globals.css shows it only on narrow screens).
 */
import { Swatch } from './legend';
import type { LegendView } from '@/model';
import './map-key.css';

export function MapKey({ legend }: { legend: LegendView }): React.JSX.Element {
  return (
    <div className="map-key" aria-hidden="true" data-testid="map-key">
      <p className="map-key-title">{legend.title}</p>
      <ul>
        {legend.entries.map((e) => (
          <li key={e.key} data-class={e.key}>
            <Swatch style={e.style} />
            {e.style.label} <span className="legend-count">{e.count}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
