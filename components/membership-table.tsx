/**
 * The table view: one row per post-Soviet state, one column per organisation, for one year.
 * Cells are short (the status word, since when, a footnote number) so that the table fits a
 * phone; the sources are listed once under the table, and the state column stays in view when
 * the table scrolls sideways.
 */
import { SourceLink } from './source-link';
import { TableDownload } from './table-download';
import type { TableView } from '@/model';
import './membership-table.css';

const DISPUTED_NOTE = 'table-note-disputed';

export function MembershipTable({ table }: { table: TableView }): React.JSX.Element {
  const anyDisputed = table.rows.some((r) => r.cells.some((c) => c.disputed));
  return (
    <div className="membership">
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
                    {cell.inBody && <span className="cell-detail cell-body">{cell.inBody}</span>}
                    {cell.note !== null && (
                      <>
                        {'\u00a0'}
                        <a className="note-ref" href={`#table-note-${cell.note}`}>
                          <span className="sr-only">source </span>
                          {cell.note}
                        </a>
                      </>
                    )}
                    {cell.disputed && (
                      <>
                        {'\u00a0'}
                        <a className="note-ref disputed" href={`#${DISPUTED_NOTE}`}>
                          <span aria-hidden="true">†</span>
                          <span className="sr-only">sources differ</span>
                        </a>
                      </>
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
      <TableDownload table={table} />
      {(table.notes.length > 0 || anyDisputed) && (
        <section className="table-notes" aria-labelledby="table-notes-title">
          <h2 id="table-notes-title">Sources</h2>
          {anyDisputed && (
            <p id={DISPUTED_NOTE}>
              <span className="disputed">†</span> Sources differ on this status: the country&apos;s
              details give each reading with its source.
            </p>
          )}
          <ol>
            {table.notes.map((source, i) => (
              <li key={i} id={`table-note-${i + 1}`}>
                <SourceLink source={source} />
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
