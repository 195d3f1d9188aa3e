'use client';
/** One organisation's years, 1991 to today, coloured by a country's status; a click moves the slider. */
import { STATUS_STYLES } from '@/model/palette';
import type { CountryView } from '@/model';
import './timeline-strip.css';

export function TimelineStrip({
  timeline,
  year,
  onYear,
}: {
  timeline: CountryView['timelines'][number];
  year: number;
  onYear: (y: number) => void;
}): React.JSX.Element {
  const { years, label } = timeline;
  const first = years[0]?.year;
  const last = years[years.length - 1]?.year;
  return (
    <div className="timeline" role="group" aria-label={`${label} timeline, ${first}–${last}`}>
      <span className="timeline-org">{label}</span>
      <div className="timeline-cells">
        {years.map(({ year: y, status }) => (
          <button
            key={y}
            type="button"
            tabIndex={-1}
            className={`timeline-cell${y === year ? ' current' : ''}`}
            style={{ background: STATUS_STYLES[status].color }}
            aria-label={`${y}: ${status}`}
            aria-current={y === year ? 'true' : undefined}
            title={`${y}: ${status}`}
            onClick={() => onYear(y)}
          />
        ))}
      </div>
    </div>
  );
}
