/** The changes in one organisation between two years, each with its date and source, in order. */
import { changesBetween, formatDay, referenceDay } from '@/data/membership';
import { describeChange, named, namesBetween } from '@/data/wording';
import type { MembershipInterval, Organisation } from '@/data/schema';
import { SourceLink } from './source-link';

export function ChangeList({
  org,
  since,
  year,
  today,
  intervals,
  nameOf,
}: {
  org: Organisation;
  since: number;
  year: number;
  today: string;
  intervals: readonly MembershipInterval[];
  nameOf: (iso3: string) => string;
}): React.JSX.Element {
  const [a, b] = since <= year ? [since, year] : [year, since];
  const [lo, hi] = [referenceDay(a, today), referenceDay(b, today)];
  const changes = changesBetween(intervals, org.id, lo, hi);
  return (
    <section className="change-list" aria-labelledby="change-list-title">
      <h2 id="change-list-title">
        Changes in {namesBetween(org, lo, hi)}, {a} to {b}
      </h2>
      {changes.length === 0 ? (
        <p className="muted">
          No change between the end of {a} and{' '}
          {b === Number(today.slice(0, 4)) ? 'today' : `the end of ${b}`}.
        </p>
      ) : (
        <ol>
          {changes.map((c) => (
            <li key={`${c.country}${c.date}${c.after}`} data-iso3={c.country}>
              <time dateTime={c.date}>{formatDay(c.date)}</time>:{' '}
              {describeChange(c, named(nameOf(c.country)), org)}.{' '}
              <SourceLink source={c.interval.source} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
