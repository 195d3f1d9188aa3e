/** The legend: the classes present on the map, with their colour, pattern and count. */
import { Fragment, useId } from 'react';
import type { ClassStyle, PatternKind } from '@/model/palette';
import { PATTERN_INK, READINGS_COLOR } from '@/model/palette';
import { patternShapes, PATTERN_SIZE } from '@/model/patterns';
import type { LegendView } from '@/model';
import './legend.css';

/** A class's colour, and its pattern over it if it has one, as in the map. */
export function Swatch({
  style,
}: {
  style: Pick<ClassStyle, 'color' | 'pattern'>;
}): React.JSX.Element {
  // Each swatch its own pattern id: a page has several legends (the legend, the map's key).
  const id = useId();
  const tile = style.pattern ? patternShapes(style.pattern) : null;
  return (
    <svg className="swatch" width="22" height="16" viewBox="0 0 22 16" aria-hidden="true">
      {tile && (
        <defs>
          <pattern id={id} width={PATTERN_SIZE} height={PATTERN_SIZE} patternUnits="userSpaceOnUse">
            {/* The tile model/patterns.ts's patternSvg writes for the figures (legend.test.ts). */}
            {tile.lines.map(([x1, y1, x2, y2], i) => (
              <line
                key={`l${i}`}
                x1={x1}
                y1={y1}
                x2={x2}
                y2={y2}
                stroke={PATTERN_INK}
                strokeWidth="1.5"
              />
            ))}
            {tile.dots.map(([cx, cy], i) => (
              <circle key={`d${i}`} cx={cx} cy={cy} r="1.3" fill={PATTERN_INK} />
            ))}
          </pattern>
        </defs>
      )}
      <rect x="0.5" y="0.5" width="21" height="15" fill={style.color} stroke="#555" />
      {tile && <rect x="0.5" y="0.5" width="21" height="15" fill={`url(#${id})`} />}
    </svg>
  );
}

export function Legend({
  legend,
  onHighlight,
  onSelect,
}: {
  legend: LegendView;
  /** Highlights a state on the map while its name is hovered or focused (`null` to clear). */
  onHighlight?: (iso3: string | null) => void;
  /** Opens a state's panel when its name is clicked (or Enter is pressed on it), as the map does. */
  onSelect?: (iso3: string) => void;
}): React.JSX.Element {
  const { title, entries, note, territories, events, marked } = legend;
  const hatch: PatternKind = 'cross';
  const id = `legend-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return (
    <section className="legend" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <ul>
        {entries.map((e) => (
          <li key={e.key} data-class={e.key}>
            <Swatch style={e.style} />
            <span className="legend-label">
              {e.style.label}
              <span className="legend-states">
                {e.states.map((c, i) => (
                  <Fragment key={c.iso3}>
                    <span className="legend-name">
                      {onHighlight ? (
                        <button
                          type="button"
                          className="link-button"
                          data-iso3={c.iso3}
                          onClick={() => onSelect?.(c.iso3)}
                          onMouseEnter={() => onHighlight(c.iso3)}
                          onMouseLeave={() => onHighlight(null)}
                          onFocus={() => onHighlight(c.iso3)}
                          onBlur={() => onHighlight(null)}
                        >
                          {c.name}
                        </button>
                      ) : (
                        c.name
                      )}
                      {i < e.states.length - 1 && ','}
                    </span>
                    {i < e.states.length - 1 && ' '}
                  </Fragment>
                ))}
              </span>
            </span>
            <span className="legend-count">{e.count}</span>
          </li>
        ))}
        {marked.length > 0 && (
          <li data-class="readings">
            <svg className="swatch" width="22" height="16" viewBox="0 0 22 16" aria-hidden="true">
              <rect
                x="1.5"
                y="1.5"
                width="19"
                height="13"
                fill="#ffffff"
                stroke={READINGS_COLOR}
                strokeWidth="2.4"
                strokeDasharray="4 2.4"
              />
            </svg>
            <span className="legend-label">
              Read otherwise by another source (dashed outline; the state&apos;s panel gives each
              reading with its source)
              <span className="legend-states">
                {marked.map((c, i) => (
                  <Fragment key={c.iso3}>
                    <span className="legend-name">
                      {c.name}
                      {i < marked.length - 1 && ','}
                    </span>
                    {i < marked.length - 1 && ' '}
                  </Fragment>
                ))}
              </span>
            </span>
            <span className="legend-count">{marked.length}</span>
          </li>
        )}
        {territories.length > 0 && (
          <li data-class="territory">
            <Swatch style={{ color: '#ffffff', pattern: hatch }} />
            <span className="legend-label">
              Outside the recognised state&apos;s control (hatched, or a ringed point)
              <details>
                <summary>{territories.length} in this year</summary>
                <ul className="territory-list">
                  {territories.map((t) => (
                    <li key={t.name}>
                      <strong>{t.name}</strong> (since {t.since}): {t.note}
                    </li>
                  ))}
                </ul>
              </details>
            </span>
          </li>
        )}
        {events.length > 0 && (
          <li data-class="event">
            <svg className="swatch" width="22" height="16" viewBox="0 0 22 16" aria-hidden="true">
              <circle cx="11" cy="8" r="5" fill="#111" stroke="#fff" strokeWidth="2" />
            </svg>
            <span className="legend-label">
              An event of the year, where it happened (hover a dot for its name; the slider marks
              such years with short ticks)
              <details>
                <summary>{events.length === 1 ? '1 event' : `${events.length} events`}</summary>
                <ul className="territory-list">
                  {events.map((name) => (
                    <li key={name}>{name}</li>
                  ))}
                </ul>
              </details>
            </span>
          </li>
        )}
      </ul>
      <p className="legend-note">{note}</p>
    </section>
  );
}
