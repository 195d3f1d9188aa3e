'use client';
/** One organisation's years, 1991 to today, coloured by a country's status; a click moves the slider. */
import { FIRST_YEAR, referenceDay, statusAt } from '@/data/membership';
import type { MembershipInterval, Organisation } from '@/data/schema';
import { STATUS_STYLES } from './map/map-style';

export function TimelineStrip({
  org,
  iso3,
  intervals,
  year,
  today,
  onYear,
}: {
  org: Organisation;
  iso3: string;
  intervals: readonly MembershipInterval[];
  year: number;
  today: string;
  onYear: (y: number) => void;
}): React.JSX.Element {
  const lastYear = Number(today.slice(0, 4));
  const years = Array.from({ length: lastYear - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);
  return (
    <div
      className="timeline"
      role="group"
      aria-label={`${org.shortName} timeline, ${FIRST_YEAR}–${lastYear}`}
    >
      <span className="timeline-org">{org.shortName}</span>
      <div className="timeline-cells">
        {years.map((y) => {
          const status = statusAt(intervals, org.id, iso3, referenceDay(y, today)).status;
          return (
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
          );
        })}
      </div>
    </div>
  );
}
