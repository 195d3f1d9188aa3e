/**
 * Citations of the atlas, of one view of it, and of a source of the record, in three formats:
 * APA 7th edition, Chicago 17th edition **author-date** (reference-list entries), and BibTeX
 * (`@misc`, with the `url`, `urldate` and `date` fields that biblatex reads).
 *
 * Plain text: the italics that APA and Chicago ask for are lost on copying, and titles are kept
 * as the record writes them (many are in Russian or Romanian, so no headline-style casing is
 * imposed). The atlas is its own author ("CIS Atlas"), so APA leaves out the site's name; its
 * date is the day the record was last checked (`meta.checkedOn`), the access date the reader's
 * today.
 */
import { yearOf, type Day } from './day';
import type { RecordMeta, Source } from './schema';
import { linkTo } from './links';
import type { AtlasUrlState } from './url-state';

export interface Citations {
  apa: string;
  chicago: string;
  bibtex: string;
}

/** The atlas as citations name it: its name (the author), title and version day. */
export type AtlasRef = Pick<RecordMeta, 'name' | 'title' | 'checkedOn'>;

/** What a view citation names: its title ("CSTO in 2008") and its full address. */
export interface ViewRef {
  title: string;
  url: string;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

function parts(day: Day): { year: number; month: string; day: number } {
  return {
    year: yearOf(day),
    month: MONTHS[Number(day.slice(5, 7)) - 1] ?? '',
    day: Number(day.slice(8, 10)),
  };
}

/** "November 24, 2026", as APA and Chicago write a day. */
function longDay(day: Day): string {
  const p = parts(day);
  return `${p.month} ${p.day}, ${p.year}`;
}

/** "2026, November 24", as APA dates a work. */
function apaDay(day: Day): string {
  const p = parts(day);
  return `${p.year}, ${p.month} ${p.day}`;
}

/** The text with a full stop after it, unless it already ends a sentence. */
function sentence(text: string): string {
  const t = text.trim();
  return /[.?!]$/.test(t) ? t : `${t}.`;
}

/** A title in Chicago's quotation marks, with the full stop inside them. */
function quoted(title: string): string {
  return `“${sentence(title)}”`;
}

const BIBTEX_SPECIAL: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Text as a BibTeX field value: LaTeX's special characters escaped, in one pass. */
function bibText(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, (c) => BIBTEX_SPECIAL[c] ?? c);
}

/** A URL as a BibTeX field value: braces would unbalance the field, so they are percent-encoded. */
function bibUrl(url: string): string {
  return url.replace(/\{/g, '%7B').replace(/\}/g, '%7D');
}

/** Lower-case ASCII letters and digits only, for a citation key ("Lenta.ru" → "lentaru"). */
function keyPart(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

function bibtex(key: string, fields: readonly (readonly [string, string | undefined])[]): string {
  const lines = fields
    .filter((f): f is readonly [string, string] => f[1] !== undefined)
    .map(([name, value]) => `  ${name} = {${value}}`);
  return `@misc{${key},\n${lines.join(',\n')}\n}`;
}

/** The atlas as a whole, at `url` (its home page), accessed on `accessed`. */
export function citeAtlas(atlas: AtlasRef, url: string, accessed: Day): Citations {
  const year = String(yearOf(atlas.checkedOn));
  return {
    apa: `${atlas.name}. (${apaDay(atlas.checkedOn)}). ${atlas.title} [Interactive map]. Retrieved ${longDay(accessed)}, from ${url}`,
    chicago: `${atlas.name}. ${year}. ${sentence(atlas.title)} Interactive map. Last modified ${longDay(atlas.checkedOn)}. Accessed ${longDay(accessed)}. ${url}.`,
    bibtex: bibtex(`${keyPart(atlas.name)}${year}`, [
      ['author', `{${bibText(atlas.name)}}`],
      ['title', `{${bibText(atlas.title)}}`],
      ['howpublished', 'Interactive map'],
      ['year', year],
      ['date', atlas.checkedOn],
      ['url', bibUrl(url)],
      ['urldate', accessed],
    ]),
  };
}

/** One view of the atlas (an organisation, a year, a comparison) at its link, accessed on `accessed`. */
export function citeView(atlas: AtlasRef, view: ViewRef, accessed: Day): Citations {
  const year = String(yearOf(atlas.checkedOn));
  return {
    apa: `${atlas.name}. (${apaDay(atlas.checkedOn)}). ${view.title} [Interactive map]. Retrieved ${longDay(accessed)}, from ${view.url}`,
    chicago: `${atlas.name}. ${year}. ${quoted(view.title)} Interactive map. ${sentence(atlas.title)} Last modified ${longDay(atlas.checkedOn)}. Accessed ${longDay(accessed)}. ${view.url}.`,
    bibtex: bibtex(`${keyPart(atlas.name)}${year}:${keyPart(view.title)}`, [
      ['author', `{${bibText(atlas.name)}}`],
      ['title', `{${bibText(view.title)}}`],
      ['howpublished', `Interactive map, ${bibText(atlas.title)}`],
      ['year', year],
      ['date', atlas.checkedOn],
      ['url', bibUrl(view.url)],
      ['urldate', accessed],
    ]),
  };
}

/**
 * A source of the record. The publisher stands as the author (the record names no person);
 * without one the title leads. The record's `citation` is given only for a source without an
 * address, where it is what identifies the text (a treaty, a resolution); beside an address it
 * is a note about the record's use of it.
 */
export function citeSource(source: Source): Citations {
  const { title, publisher, date, url } = source;
  const year = date === undefined ? undefined : String(yearOf(date));
  const cited = source.citation ? sentence(source.citation) : undefined;
  const apa = [
    sentence(title),
    `(${date ? apaDay(date) : 'n.d.'}).`,
    publisher ? sentence(publisher) : undefined,
    url ?? cited,
  ];
  const monthDay = date ? `${parts(date).month} ${parts(date).day}.` : undefined;
  const chicago = [
    publisher ? sentence(publisher) : quoted(title),
    year ? `${year}.` : 'n.d.',
    publisher ? quoted(title) : undefined,
    monthDay,
    url ? `${url}.` : cited,
  ];
  const firstWord =
    title
      .split(/\s+/)
      .map(keyPart)
      .find((w) => w.length > 3) ?? '';
  return {
    apa: apa.filter(Boolean).join(' '),
    chicago: chicago.filter(Boolean).join(' '),
    bibtex: bibtex(`${keyPart(publisher ?? '') || 'source'}${year ?? ''}${firstWord}`, [
      ['title', `{${bibText(title)}}`],
      ['howpublished', publisher ? bibText(publisher) : undefined],
      ['year', year],
      ['date', date],
      ['url', url ? bibUrl(url) : undefined],
      ['note', url || !source.citation ? undefined : bibText(source.citation)],
    ]),
  };
}

/**
 * The path a citation of a view links to: the home page with the view's query, the year and
 * the organisation always written out (a link that left them to the defaults would show
 * another year once the current year moves on, or another layer if the default changed).
 */
export function citedPath(state: AtlasUrlState, currentYear: number): string {
  return linkTo(state, { currentYear, base: 'home', pinned: true });
}
