/**
 * The columns of the downloadable CSV files, each defined once with its name, type, meaning and
 * allowed values (the data dictionary that `/data` shows) and the function that fills it, so
 * that the files and their documentation cannot drift apart.
 */
import { yearOf } from './day';
import type { AtlasRecords } from './records';
import type { AtlasEvent, ClaimNote, MembershipInterval, Quote, Source } from './schema';
import { EVENT_KINDS, MILESTONE_KINDS, PRECISIONS, STATUSES, type Status } from './vocabulary';

interface AllowedValue {
  value: string;
  meaning?: string;
}

/** What a column holds, for the data dictionary. */
export interface ColumnDoc {
  name: string;
  type: 'text' | 'code' | 'codes' | 'date' | 'dates' | 'integer' | 'number' | 'url';
  meaning: string;
  values?: readonly AllowedValue[];
}

/** A column: its documentation and the text of its cell for one record. */
export interface Column<T> extends ColumnDoc {
  of: (row: T) => string;
}

/** What each status word means (as the README's "Statuses" defines them). */
const STATUS_MEANINGS: Readonly<Record<Status, string>> = {
  member: 'a full member',
  participating: 'took part without ratifying the founding charter',
  associate: 'an associate member',
  observer: 'an observer state',
  suspended: 'participation frozen or suspended',
  withdrawing: 'withdrawal announced, not yet effective',
  'non-member': 'not (or no longer) a member',
};

const PRECISION_MEANINGS: Readonly<Record<(typeof PRECISIONS)[number], string>> = {
  day: 'the day is known',
  month: 'known to the month only; the date is the first day of that month',
  year: 'known to the year only; the date is 1 January of that year',
};

const values = (words: readonly string[]): AllowedValue[] => words.map((value) => ({ value }));
/** The record's organisations, each with its name: they are data, not a list in code. */
const orgValues = (r: AtlasRecords): AllowedValue[] =>
  r.organisations.map((o) => ({ value: o.id, meaning: o.name }));
const precisionValues = PRECISIONS.map((value) => ({ value, meaning: PRECISION_MEANINGS[value] }));

/** A date written to its precision: `1994-01-18`, `1994-01` or `1994`. */
export function dateTo(date: string, precision: (typeof PRECISIONS)[number]): string {
  return precision === 'year'
    ? String(yearOf(date))
    : precision === 'month'
      ? date.slice(0, 7)
      : date;
}

/** The five columns that say where a fact comes from. */
function sourceColumns<T>(pick: (row: T) => Source, what: string): Column<T>[] {
  return [
    { name: 'source_title', type: 'text', meaning: `Title of ${what}`, of: (r) => pick(r).title },
    {
      name: 'source_publisher',
      type: 'text',
      meaning: 'Its publisher or issuing body, where known',
      of: (r) => pick(r).publisher ?? '',
    },
    {
      name: 'source_date',
      type: 'date',
      meaning: 'Its date (YYYY-MM-DD), where known',
      of: (r) => pick(r).date ?? '',
    },
    {
      name: 'source_url',
      type: 'url',
      meaning: 'Its address; empty where only a citation is given',
      of: (r) => pick(r).url ?? '',
    },
    {
      name: 'source_citation',
      type: 'text',
      meaning: 'A full citation, where there is no address or it says more',
      of: (r) => pick(r).citation ?? '',
    },
  ];
}

/** Countries and organisations concerned, as space-separated codes. */
function concernColumns<T extends { countries: readonly string[]; orgs: readonly string[] }>(
  r: AtlasRecords,
  what: string,
): Column<T>[] {
  return [
    {
      name: 'countries',
      type: 'codes',
      meaning: `ISO 3166-1 alpha-3 codes of the states ${what}, separated by spaces`,
      of: (r) => r.countries.join(' '),
    },
    {
      name: 'orgs',
      type: 'codes',
      meaning: `Organisations ${what}, separated by spaces`,
      values: orgValues(r),
      of: (r) => r.orgs.join(' '),
    },
  ];
}

/** The columns of `memberships.csv`: one row per membership interval. */
export function membershipColumns(r: AtlasRecords): Column<MembershipInterval>[] {
  const orgs = new Map(r.organisations.map((o) => [o.id, o]));
  const bodies = new Map(r.organisations.flatMap((o) => o.bodies.map((b) => [b.id, b])));
  const names = new Map(r.countries.map((c) => [c.iso3, c.name]));
  return [
    {
      name: 'org',
      type: 'code',
      meaning: 'The organisation (the atlas layer)',
      values: orgValues(r),
      of: (m) => m.org,
    },
    {
      name: 'organisation',
      type: 'text',
      meaning: "The organisation's name in the record (its whole line of bodies)",
      of: (m) => orgs.get(m.org)?.name ?? '',
    },
    {
      name: 'body',
      type: 'code',
      meaning: 'The body of its line the state belonged to (a predecessor or the organisation)',
      values: [...bodies.values()].map((b) => ({ value: b.id, meaning: b.name })),
      of: (m) => m.body,
    },
    {
      name: 'body_name',
      type: 'text',
      meaning: 'The name of that body',
      of: (m) => bodies.get(m.body)?.name ?? '',
    },
    { name: 'iso3', type: 'code', meaning: 'The state, ISO 3166-1 alpha-3', of: (m) => m.country },
    {
      name: 'state',
      type: 'text',
      meaning: "The state's English short name",
      of: (m) => names.get(m.country) ?? '',
    },
    {
      name: 'status',
      type: 'code',
      meaning: 'The status during the interval',
      values: STATUSES.map((value) => ({ value, meaning: STATUS_MEANINGS[value] })),
      of: (m) => m.status,
    },
    {
      name: 'from',
      type: 'date',
      meaning: 'First day of the status (YYYY-MM-DD)',
      of: (m) => m.from,
    },
    {
      name: 'from_precision',
      type: 'code',
      meaning: 'How exactly `from` is known',
      values: precisionValues,
      of: (m) => m.fromPrecision,
    },
    {
      name: 'until',
      type: 'date',
      meaning: 'First day on which the status no longer held (exclusive); empty while it holds',
      of: (m) => m.until ?? '',
    },
    {
      name: 'until_precision',
      type: 'code',
      meaning: 'How exactly `until` is known; empty while the status holds',
      values: precisionValues,
      of: (m) => (m.until ? m.untilPrecision : ''),
    },
    {
      name: 'summary',
      type: 'text',
      meaning: 'One line on the interval, as the atlas shows it',
      of: (m) => m.summary,
    },
    ...MILESTONE_KINDS.map((kind): Column<MembershipInterval> => ({
      name: kind.replace('-', '_'),
      type: 'dates',
      meaning: `Dates on which the state's membership was ${kind.replace('-', ' ')}, to their precision (YYYY-MM-DD, YYYY-MM or YYYY), separated by "; "`,
      of: (m) =>
        m.milestones
          .filter((s) => s.kind === kind)
          .map((s) => dateTo(s.date, s.precision))
          .join('; '),
    })),
    {
      name: 'milestones',
      type: 'text',
      meaning:
        'Every milestone as "kind date: what", separated by "; " (each with its own source in cis-atlas.json)',
      of: (m) =>
        m.milestones.map((s) => `${s.kind} ${dateTo(s.date, s.precision)}: ${s.what}`).join('; '),
    },
    ...sourceColumns<MembershipInterval>((m) => m.source, 'the source of the interval'),
    {
      name: 'differing_readings',
      type: 'integer',
      meaning: 'How many other sources read this interval differently (0 when none)',
      of: (m) => String(m.alternatives.length),
    },
    {
      name: 'differing_readings_detail',
      type: 'text',
      meaning: 'Each differing reading with its source title, separated by " | "',
      of: (m) =>
        m.alternatives
          .map(
            (a) =>
              `${a.status ? `${a.status}${a.date ? ` from ${a.date}` : ''}${a.readingId ? ` (the "${a.readingId}" reading)` : ''}: ` : ''}${a.reading} (${a.source.title}${a.source.url ? `, ${a.source.url}` : ''})`,
          )
          .join(' | '),
    },
  ];
}

/** The columns of `events.csv`. */
export function eventColumns(r: AtlasRecords): Column<AtlasEvent>[] {
  return [
    { name: 'id', type: 'code', meaning: "The event's id in the record", of: (e) => e.id },
    { name: 'date', type: 'date', meaning: 'The (first) day, YYYY-MM-DD', of: (e) => e.date },
    {
      name: 'precision',
      type: 'code',
      meaning: 'How exactly `date` is known',
      values: precisionValues,
      of: (e) => e.precision,
    },
    {
      name: 'end_date',
      type: 'date',
      meaning: 'The last day, for events that last',
      of: (e) => e.endDate ?? '',
    },
    {
      name: 'kind',
      type: 'code',
      meaning: 'What kind of event',
      values: values(EVENT_KINDS),
      of: (e) => e.kind,
    },
    { name: 'title', type: 'text', meaning: 'A short title', of: (e) => e.title },
    { name: 'description', type: 'text', meaning: 'What happened', of: (e) => e.description },
    ...concernColumns<AtlasEvent>(r, 'concerned'),
    {
      name: 'place',
      type: 'text',
      meaning: 'Where it happened, where the map marks it',
      of: (e) => e.place?.name ?? '',
    },
    {
      name: 'longitude',
      type: 'number',
      meaning: "The place's longitude (WGS 84)",
      of: (e) => (e.place ? String(e.place.at[0]) : ''),
    },
    {
      name: 'latitude',
      type: 'number',
      meaning: "The place's latitude (WGS 84)",
      of: (e) => (e.place ? String(e.place.at[1]) : ''),
    },
    ...sourceColumns<AtlasEvent>((e) => e.source, 'the source of the event'),
  ];
}

/** The document columns shared by quotes and claims: its id, title and paragraph. */
function documentColumns<T extends { document: string; paragraph: string }>(
  r: AtlasRecords,
): Column<T>[] {
  const docs = new Map(r.documents.map((d) => [d.id, d]));
  return [
    {
      name: 'document',
      type: 'code',
      meaning: "The article's id in the record",
      values: r.documents.map((d) => ({
        value: d.id,
        meaning: `${d.author}, "${d.title}", ${d.publisher}`,
      })),
      of: (q) => q.document,
    },
    {
      name: 'document_title',
      type: 'text',
      meaning: "The article's title",
      of: (q) => docs.get(q.document)?.title ?? '',
    },
    {
      name: 'document_url',
      type: 'url',
      meaning: "The article's original address",
      of: (q) => docs.get(q.document)?.url ?? '',
    },
    {
      name: 'paragraph',
      type: 'code',
      meaning: 'The paragraph of the article (p1 is the first)',
      of: (q) => q.paragraph,
    },
    {
      name: 'anchor',
      type: 'url',
      meaning: "The paragraph in the atlas's reader, an address on this site",
      of: (q) => `/documents/${q.document}#${q.paragraph}`,
    },
  ];
}

/** The columns of `quotes.csv`. */
export function quoteColumns(r: AtlasRecords): Column<Quote>[] {
  return [
    { name: 'id', type: 'code', meaning: "The quote's id in the record", of: (q) => q.id },
    ...documentColumns<Quote>(r),
    { name: 'text', type: 'text', meaning: 'The passage, verbatim', of: (q) => q.text },
    ...concernColumns<Quote>(r, 'the passage concerns'),
    {
      name: 'year_from',
      type: 'integer',
      meaning: 'The first year the passage concerns',
      of: (q) => String(q.years[0]),
    },
    {
      name: 'year_to',
      type: 'integer',
      meaning: 'The last year the passage concerns',
      of: (q) => String(q.years[1]),
    },
    { name: 'topic', type: 'text', meaning: 'A topic word', of: (q) => q.topic },
  ];
}

/** The columns of `claims.csv`: where an article states what the record contradicts. */
export function claimColumns(r: AtlasRecords): Column<ClaimNote>[] {
  return [
    { name: 'id', type: 'code', meaning: "The note's id in the record", of: (c) => c.id },
    ...documentColumns<ClaimNote>(r),
    {
      name: 'claim',
      type: 'text',
      meaning: "The article's words that make the claim, verbatim",
      of: (c) => c.claim,
    },
    { name: 'record', type: 'text', meaning: 'What the record says instead', of: (c) => c.record },
    ...concernColumns<ClaimNote>(r, 'concerned'),
    ...sourceColumns<ClaimNote>((c) => c.source, "the record's source"),
  ];
}
