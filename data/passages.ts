/** Splits a paragraph into plain runs and the runs that quotes take from it, for highlighting. */
import type { Quote } from './schema';

export interface Passage {
  text: string;
  quote: Quote | null;
}

/**
 * The paragraph cut at the quotes it contains, in order. Quotes are matched exactly (they are
 * verbatim); an overlapping later quote is left unmarked rather than splitting a mark.
 */
export function markPassages(paragraph: string, quotes: readonly Quote[]): Passage[] {
  const spans = quotes
    .map((q) => ({ q, start: paragraph.indexOf(q.text) }))
    .filter((s) => s.start >= 0)
    .sort((a, b) => a.start - b.start);
  const parts: Passage[] = [];
  let at = 0;
  for (const { q, start } of spans) {
    if (start < at) continue;
    if (start > at) parts.push({ text: paragraph.slice(at, start), quote: null });
    parts.push({ text: q.text, quote: q });
    at = start + q.text.length;
  }
  if (at < paragraph.length) parts.push({ text: paragraph.slice(at), quote: null });
  return parts;
}
