/**
 * How the atlas names an article everywhere (header, reader, quote cards): one title, author,
 * publisher and date, all from the document's record.
 */
import { formatDay } from './day';
import type { DocumentRecord } from './schema';

/** The publication date as the record knows it: "not before 12 December 2024", "2015". */
export function documentDate(doc: Pick<DocumentRecord, 'date' | 'datePrecision'>): string {
  return doc.datePrecision === 'not-before'
    ? `not before ${formatDay(doc.date)}`
    : formatDay(doc.date, doc.datePrecision);
}

/** The publisher's short form: the part in brackets ("ORF"), or the whole name. */
export function publisherShort(doc: Pick<DocumentRecord, 'publisher'>): string {
  return /\(([^)]+)\)\s*$/.exec(doc.publisher)?.[1] ?? doc.publisher;
}

/** A short label for links: "Wani (ORF, not before 12 December 2024)". */
export function documentLabel(
  doc: Pick<DocumentRecord, 'author' | 'publisher' | 'date' | 'datePrecision'>,
): string {
  const surname = doc.author.trim().split(/\s+/).pop() ?? doc.author;
  return `${surname} (${publisherShort(doc)}, ${documentDate(doc)})`;
}
