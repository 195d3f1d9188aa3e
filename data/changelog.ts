/**
 * The record's changelog, `docs/record-changes.md`, read as data for the sources page: each
 * top-level heading ("# Record changes, 24 November 2026") opens an entry, each second-level
 * heading a section, and under them paragraphs and bullet lists. Only the markdown that file
 * uses is understood: `**bold**` and `code` spans inline, "- " bullets whose continuation lines
 * are indented.
 */
import type { Day } from './day';

export type ChangelogBlock =
  { kind: 'paragraph'; text: string } | { kind: 'list'; items: readonly string[] };

interface ChangelogSection {
  heading: string;
  blocks: readonly ChangelogBlock[];
}

export interface ChangelogEntry {
  title: string;
  /** The day in the title, or `null` where it names none. */
  date: Day | null;
  intro: readonly ChangelogBlock[];
  sections: readonly ChangelogSection[];
}

export type InlineSpan = { kind: 'text' | 'strong' | 'code'; text: string };

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** The day written as "24 November 2026" in a heading, as `YYYY-MM-DD`, or `null`. */
function dayIn(text: string): Day | null {
  const m = /(\d{1,2}) ([A-Za-z]+) (\d{4})/.exec(text);
  const month = m ? MONTHS.indexOf(m[2]!.toLowerCase()) : -1;
  if (!m || month < 0) return null;
  return `${m[3]}-${String(month + 1).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
}

/** Parses the changelog's markdown into entries, newest as written first. */
export function parseChangelog(markdown: string): ChangelogEntry[] {
  const entries: { title: string; intro: ChangelogBlock[]; sections: ChangelogSection[] }[] = [];
  let blocks: ChangelogBlock[] | null = null;
  let open: { kind: 'paragraph' | 'item'; lines: string[] } | null = null;
  // Ends the paragraph or bullet being read; a bullet joins the list just before it.
  const close = (): void => {
    if (open && blocks) {
      const text = open.lines.join(' ');
      const last = blocks[blocks.length - 1];
      if (open.kind === 'paragraph') blocks.push({ kind: 'paragraph', text });
      else if (last?.kind === 'list')
        blocks[blocks.length - 1] = { ...last, items: [...last.items, text] };
      else blocks.push({ kind: 'list', items: [text] });
    }
    open = null;
  };
  for (const raw of markdown.split(/\r?\n/)) {
    const line = raw.trimEnd();
    const heading = /^(#{1,2}) (.+)$/.exec(line);
    if (heading) {
      close();
      if (heading[1] === '#') {
        const entry = { title: heading[2]!, intro: [], sections: [] };
        entries.push(entry);
        blocks = entry.intro;
      } else if (entries.length > 0) {
        const section = { heading: heading[2]!, blocks: [] as ChangelogBlock[] };
        entries[entries.length - 1]!.sections.push(section);
        blocks = section.blocks;
      }
    } else if (line.trim() === '') {
      close();
    } else if (line.startsWith('- ')) {
      close();
      open = { kind: 'item', lines: [line.slice(2).trim()] };
    } else if (open) {
      open.lines.push(line.trim());
    } else {
      open = { kind: 'paragraph', lines: [line.trim()] };
    }
  }
  close();
  return entries.map((e) => ({ ...e, date: dayIn(e.title) }));
}

/** A line of the changelog as plain, bold and code spans (`**bold**`, and code in backticks). */
export function inlineSpans(text: string): InlineSpan[] {
  const spans: InlineSpan[] = [];
  const pattern = /\*\*(.+?)\*\*|`([^`]+)`/g;
  let at = 0;
  for (const m of text.matchAll(pattern)) {
    if (m.index > at) spans.push({ kind: 'text', text: text.slice(at, m.index) });
    spans.push(
      m[1] !== undefined ? { kind: 'strong', text: m[1] } : { kind: 'code', text: m[2] ?? '' },
    );
    at = m.index + m[0].length;
  }
  if (at < text.length) spans.push({ kind: 'text', text: text.slice(at) });
  return spans;
}
