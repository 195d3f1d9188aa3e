/**
 * The table view as a CSV file to download: the columns as the table shows them, with each
 * organisation's status word, its dates, its source written out in full (instead of a footnote
 * number) and whether sources differ, then the comparison column if there is one.
 */
import { csvText } from '@/data/csv';
import { formatDay } from '@/data/day';
import type { Source } from '@/data/schema';
import type { TableView } from './types';

/** A source in full, as the table's footnotes give it: title (publisher; date; citation) address. */
function sourceText(source: Source | null): string {
  if (!source) return '';
  const extra = [source.publisher, source.date && formatDay(source.date), source.citation]
    .filter(Boolean)
    .join('; ');
  return [source.title + (extra ? ` (${extra})` : ''), source.url].filter(Boolean).join(' ');
}

/**
 * The CSV text of the table: RFC 4180 (`data/csv.ts`), after a UTF-8 byte-order mark, which
 * spreadsheet programs need to read the file as UTF-8 ("Türkiye", the dashes of the titles).
 */
export function tableCsv(table: TableView): string {
  const headings = table.columns.map((c) => c.heading + (c.later ? `, later ${c.later}` : ''));
  const header = [
    'State',
    ...headings.flatMap((h) => [h, `${h}: dates`, `${h}: source`, `${h}: sources differ`]),
    ...(table.comparison ? [table.comparison.heading] : []),
  ];
  const rows = table.rows.map((row) => [
    row.name,
    ...row.cells.flatMap((cell) => [
      cell.status,
      `${cell.detail}${cell.inBody}`,
      sourceText(cell.source),
      cell.disputed ? `yes: also read as ${cell.readAs.join(' or ')}` : 'no',
    ]),
    ...(table.comparison ? [table.comparison.cells[row.iso3] ?? ''] : []),
  ]);
  return `\uFEFF${csvText([header, ...rows])}`;
}

/** The downloaded file's name, e.g. `cis-atlas-2015-table.csv`. */
export function tableCsvName(table: TableView): string {
  return `cis-atlas-${table.year}-table.csv`;
}
