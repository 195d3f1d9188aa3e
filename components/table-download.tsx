'use client';
/**
 * "Download this table as CSV": the table shown, as the pure `tableCsv` writes it, saved through
 * a Blob and a link with a `download` name (no request to any server).
 */
import Link from 'next/link';
import { saveFile } from './save-file';
import { tableCsv, tableCsvName, type TableView } from '@/model';
import './table-download.css';

export function TableDownload({ table }: { table: TableView }): React.JSX.Element {
  const download = (): void =>
    saveFile(new Blob([tableCsv(table)], { type: 'text/csv;charset=utf-8' }), tableCsvName(table));
  return (
    <p className="table-actions">
      <button type="button" onClick={download}>
        Download this table as CSV
      </button>
      <Link href="/data">All the data, as CSV and JSON</Link>
    </p>
  );
}
