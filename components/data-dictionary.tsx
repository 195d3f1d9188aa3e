/**
 * The downloads and their data dictionary, as the `/data` page shows them: each file with its
 * address and size, and for each CSV file every column with its type, meaning and allowed values
 * (from the same column definitions that write the files, `data/export-columns.ts`).
 */
import type { DataFile } from '@/data/export';
import type { ColumnDoc } from '@/data/export-columns';
import './membership-table.css';
import './data-dictionary.css';

/** A size as a reader reads it: "71.7 kB" (1 kB = 1,000 bytes). */
function size(bytes: number): string {
  return bytes < 1000 ? `${bytes} bytes` : `${(bytes / 1000).toFixed(1)} kB`;
}

/** A column name that may wrap after its underscores on a narrow screen, never inside a word. */
function breakable(name: string): React.ReactNode[] {
  const parts = name.split('_');
  return parts.flatMap((part, i) =>
    i === parts.length - 1 ? [part] : [`${part}_`, <wbr key={i} />],
  );
}

const fileName = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

export function DataFileList({ files }: { files: readonly DataFile[] }): React.JSX.Element {
  return (
    <ul className="data-files">
      {files.map((f) => {
        const bytes = new TextEncoder().encode(f.body).length;
        return (
          <li key={f.path}>
            <a href={f.path} download>
              {f.path}
            </a>{' '}
            <span className="cell-detail">
              ({size(bytes)}
              {f.rows !== null && `, ${f.rows} rows`}
              {f.columns && `, ${f.columns.length} columns`})
            </span>
            <br />
            <strong>{f.title}.</strong> {f.description}
            {f.columns && (
              <>
                {' '}
                <a href={`#columns-${fileName(f.path)}`}>Its columns</a>.
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}

function Values({ column }: { column: ColumnDoc }): React.JSX.Element | null {
  if (!column.values) return null;
  return (
    <ul className="data-values">
      {column.values.map((v) => (
        <li key={v.value}>
          <code>{v.value}</code>
          {v.meaning && `: ${v.meaning}`}
        </li>
      ))}
    </ul>
  );
}

export function DataDictionary({ file }: { file: DataFile }): React.JSX.Element | null {
  if (!file.columns) return null;
  const name = fileName(file.path);
  return (
    <section className="data-dictionary" aria-labelledby={`columns-${name}`}>
      <h3 id={`columns-${name}`}>{name}</h3>
      <div className="table-wrap">
        <table className="membership-table data-columns">
          <caption>Columns of {name}, in file order</caption>
          <thead>
            <tr>
              <th scope="col">Column</th>
              <th scope="col">Type</th>
              <th scope="col">Meaning and allowed values</th>
            </tr>
          </thead>
          <tbody>
            {file.columns.map((c) => (
              <tr key={c.name}>
                <th scope="row">
                  <code>{breakable(c.name)}</code>
                </th>
                <td>{c.type}</td>
                <td>
                  {c.meaning}
                  <Values column={c} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
