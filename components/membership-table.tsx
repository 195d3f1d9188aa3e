/** The table view: one row per post-Soviet state, one column per organisation, for one year. */
import type { Day } from '@/data/membership';
import { statusCell } from '@/data/present';
import type { Country, MembershipInterval, Organisation } from '@/data/schema';
import { nameOn } from '@/data/wording';

export interface TableExtraColumn {
  heading: string;
  cell: (iso3: string) => string;
}

export function MembershipTable({
  year,
  day,
  states,
  organisations,
  intervals,
  extra,
}: {
  year: number;
  day: Day;
  states: readonly Country[];
  organisations: readonly Organisation[];
  intervals: readonly MembershipInterval[];
  extra?: TableExtraColumn;
}): React.JSX.Element {
  return (
    <div className="table-wrap">
      <table className="membership-table">
        <caption>
          Membership of the post-Soviet states in {year} (status on {day})
        </caption>
        <thead>
          <tr>
            <th scope="col">State</th>
            {organisations.map((o) => (
              <th scope="col" key={o.id}>
                {nameOn(o, day)}
                {nameOn(o, day) !== o.shortName && (
                  <span className="cell-detail">, later {o.shortName}</span>
                )}
              </th>
            ))}
            {extra && <th scope="col">{extra.heading}</th>}
          </tr>
        </thead>
        <tbody>
          {states.map((c) => (
            <tr key={c.iso3} data-iso3={c.iso3}>
              <th scope="row">{c.name}</th>
              {organisations.map((o) => {
                const cell = statusCell(intervals, o, c.iso3, day);
                return (
                  <td key={o.id} data-org={o.id} data-status={cell.status}>
                    <span className={`status-word status-${cell.status}`}>{cell.status}</span>
                    {cell.detail && <span className="cell-detail"> {cell.detail}</span>}
                    {cell.interval && (
                      <span className="cell-source">
                        {' '}
                        —{' '}
                        {cell.interval.source.url ? (
                          <a
                            href={cell.interval.source.url}
                            rel="noreferrer noopener"
                            target="_blank"
                          >
                            {cell.interval.source.title}
                          </a>
                        ) : (
                          cell.interval.source.title
                        )}
                        {cell.interval.alternatives.length > 0 && (
                          <em className="disputed">
                            {' '}
                            (sources differ: see the country&apos;s details)
                          </em>
                        )}
                      </span>
                    )}
                  </td>
                );
              })}
              {extra && <td data-col="comparison">{extra.cell(c.iso3)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
