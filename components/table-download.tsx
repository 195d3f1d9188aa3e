'use client';
/**
 * "Download this table as CSV": the table shown, as the pure `tableCsv` writes it, saved through
 * a Blob and a link with a `download` name (no request to any server).
 */
import Link from 'next/link';
import { tableCsv, tableCsvName, type TableView } from './view-model';

export function TableDownload({ table }: { table: TableView }): React.JSX.Element {
  const download = (): void => {
    const url = URL.createObjectURL(
      new Blob([tableCsv(table)], { type: 'text/csv;charset=utf-8' }),
    );
    const link = document.createElement('a');
    link.href = url;
    link.download = tableCsvName(table);
    document.body.append(link);
    link.click();
    link.remove();
    // Revoked after the click has started the download, not before.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };
  return (
    <p className="table-actions">
      <button type="button" onClick={download}>
        Download this table as CSV
      </button>
      <Link href="/data">All the data, as CSV and JSON</Link>
    </p>
  );
}
