/**
 * The first screen of a country's panel: one line per organisation with its status and date, the
 * record's distinctions (signed, in force, announced, effective…) in brief, and where sources read
 * it otherwise; under each line, folded, the interval's story, milestones, source and every
 * differing reading.
 */
import { formatDay } from '@/data/day';
import type { MembershipInterval } from '@/data/schema';
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

function StatusItem({ line }: { line: StatusLine }): React.JSX.Element {
  const { org, name, cell, before, differs: other } = line;
  const { interval } = cell;
  const brief = interval ? milestonesInBrief(interval) : before ? milestonesInBrief(before) : '';
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

export function CountryStatuses({ view }: { view: CountryView }): React.JSX.Element {
  return (
    <ul className="status-summary">
      {view.statuses.map((line) => (
        <StatusItem key={line.org} line={line} />
      ))}
    </ul>
  );
}
