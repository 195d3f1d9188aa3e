/**
 * The first screen of a country's panel: one line per organisation with its status and date, the
 * record's distinctions (signed, in force, announced, effective…) in brief, and where sources read
 * it otherwise; under each line, folded, the interval's story, milestones, source and every
 * differing reading.
 */
import type { AtlasData } from '@/data/records';
import { formatDay } from '@/data/day';
import { otherReadingsAt } from '@/data/readings';
import type { MembershipInterval, Organisation } from '@/data/schema';
import { SourceLink } from './source-link';
import type { CountryView } from '@/model';
import './country-statuses.css';

type StatusLine = CountryView['statuses'][number];

/** "signed 10 February 1995; in force 20 April 1994": the milestones' kinds and days, in brief. */
function milestonesInBrief(interval: MembershipInterval): string {
  return interval.milestones
    .map((m) => `${m.kind.replace('-', ' ')} ${formatDay(m.date, m.precision)}`)
    .join('; ');
}

/** For a state outside the body on the day: the interval that ended last before it, if any. */
function lastBefore(
  data: AtlasData,
  org: string,
  iso3: string,
  day: string,
): MembershipInterval | null {
  const ended = data.memberships.filter(
    (i) => i.org === org && i.country === iso3 && i.until !== undefined && i.until <= day,
  );
  return ended.sort((a, b) => (a.until! < b.until! ? 1 : -1))[0] ?? null;
}

/** "member (by treaty)": how other sources read the status on the day, named by reading. */
function differing(
  interval: MembershipInterval,
  org: Organisation | undefined,
  day: string,
): string {
  const said = otherReadingsAt(interval, day).map((a) => {
    const named = org?.readings.find((r) => r.id === a.readingId)?.name;
    return named ? `${a.status} (${named.toLowerCase()})` : a.status!;
  });
  return [...new Set(said)].join(', ');
}

function StatusItem({
  line,
  data,
  iso3,
  day,
}: {
  line: StatusLine;
  data: AtlasData;
  iso3: string;
  day: string;
}): React.JSX.Element {
  const { org, name, cell } = line;
  const { interval } = cell;
  const before = interval ? null : lastBefore(data, org, iso3, day);
  const brief = interval ? milestonesInBrief(interval) : before ? milestonesInBrief(before) : '';
  const other = interval
    ? differing(
        interval,
        data.organisations.find((o) => o.id === org),
        day,
      )
    : '';
  // The fold tells the story of the status shown, or of the one that ended before it.
  const told = interval ?? before;
  const notes = told?.alternatives.length ?? 0;
  return (
    <li data-org={org}>
      <strong className="org-name">{name}:</strong>{' '}
      <span className={`status-word status-${cell.status}`}>{cell.status}</span>{' '}
      {interval
        ? cell.detail
        : before
          ? `since ${formatDay(before.until!, before.untilPrecision)} (before: ${before.status}${brief ? `; ${brief}` : ''})`
          : cell.detail}
      {interval && brief && <span className="milestone-brief"> ({brief})</span>}
      {other && (
        <span className="differ">
          {' '}
          <strong>Sources differ:</strong> also read as {other}.
        </span>
      )}
      {told && (
        <details className="org-more">
          <summary>
            Dates and sources
            {notes > 0 && `; ${notes === 1 ? '1 other reading' : `${notes} other readings`}`}
          </summary>
          <p>{told.summary}</p>
          {told.milestones.length > 0 && (
            <ul className="milestones">
              {told.milestones.map((m) => (
                <li key={`${m.kind}${m.date}`}>
                  <span className="milestone-kind">{m.kind.replace('-', ' ')}</span>{' '}
                  {formatDay(m.date, m.precision)}: {m.what}
                </li>
              ))}
            </ul>
          )}
          <SourceLink source={told.source} />
          {told.alternatives.map((a) => (
            <p key={a.reading} className="alternative">
              <strong>Sources differ:</strong> {a.reading} <SourceLink source={a.source} />
            </p>
          ))}
        </details>
      )}
    </li>
  );
}

export function CountryStatuses({
  view,
  data,
  day,
}: {
  view: CountryView;
  data: AtlasData;
  /** The reference day of the year shown. */
  day: string;
}): React.JSX.Element {
  return (
    <ul className="status-summary">
      {view.statuses.map((line) => (
        <StatusItem key={line.org} line={line} data={data} iso3={view.iso3} day={day} />
      ))}
    </ul>
  );
}
