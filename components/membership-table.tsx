/** The table view: one row per post-Soviet state, one column per organisation, for one year. */
import { SourceLink } from './source-link';
import type { TableView } from './view-model';

export function MembershipTable({ table }: { table: TableView }): React.JSX.Element {
  return (
    <div className="table-wrap">
      <table className="membership-table">
        <caption>{table.caption}</caption>
        <thead>
          <tr>
            <th scope="col">State</th>
            {table.columns.map((c) => (
              <th scope="col" key={c.org}>
                {c.heading}
                {c.later && <span className="cell-detail">, later {c.later}</span>}
              </th>
            ))}
            {table.comparison && <th scope="col">{table.comparison.heading}</th>}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.iso3} data-iso3={row.iso3}>
              <th scope="row">{row.name}</th>
              {row.cells.map((cell) => (
                <td key={cell.org} data-org={cell.org} data-status={cell.status}>
                  <span className={`status-word status-${cell.status}`}>{cell.status}</span>
                  {cell.detail && <span className="cell-detail"> {cell.detail}</span>}
                  {cell.source && (
                    <span className="cell-source">
                      {' '}
                      — <SourceLink source={cell.source} brief />
                      {cell.disputed && (
                        <em className="disputed">
                          {' '}
                          (sources differ: see the country&apos;s details)
                        </em>
                      )}
                    </span>
                  )}
                </td>
              ))}
              {table.comparison && (
                <td data-col="comparison">{table.comparison.cells[row.iso3]}</td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
