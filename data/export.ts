/**
 * The whole record as files to download, at stable addresses under `/data/`: one JSON file with
 * everything and one CSV file per table. Written at build time (`scripts/write-data-files.ts`)
 * from the same validated records as the atlas, and described on the `/data` page from the same
 * column definitions (`export-columns.ts`).
 */
import { andList } from './text';
import { FIRST_YEAR, yearOf } from './day';
import { atlasPayload, type AtlasRecords } from './records';
import { csvText } from './csv';
import {
  claimColumns,
  eventColumns,
  membershipColumns,
  quoteColumns,
  type Column,
  type ColumnDoc,
} from './export-columns';

/** The record's licence: attribution to "CIS Atlas". */
export const LICENCE = {
  name: 'CC BY 4.0',
  title: 'Creative Commons Attribution 4.0 International',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  attribution: 'CIS Atlas',
} as const;

/** One downloadable file: where it is, what it holds, and its text. */
export interface DataFile {
  /** The address on the site, e.g. `/data/memberships.csv`. */
  path: string;
  title: string;
  description: string;
  /** For a CSV file, its columns; `null` for the JSON file. */
  columns: readonly ColumnDoc[] | null;
  /** For a CSV file, its number of data rows (the header not counted). */
  rows: number | null;
  body: string;
}

/** How to cite the data, in one line. */
export function citation(generated: string): string {
  return `CIS Atlas, "Post-Soviet alliances: membership, Russian forces, events and sources, ${FIRST_YEAR} to ${yearOf(generated)}", data set built ${generated}, licensed ${LICENCE.name}.`;
}

/** The latest day that a membership, milestone, event or territory of the record names. */
export function latestDay(r: AtlasRecords): string {
  const days = [
    ...r.memberships.flatMap((m) => [m.from, m.until, ...m.milestones.map((s) => s.date)]),
    ...r.events.flatMap((e) => [e.date, e.endDate]),
    ...r.territories.flatMap((t) => [t.from, t.until]),
  ].filter((d): d is string => d !== undefined);
  return days.reduce((a, b) => (b > a ? b : a));
}

function csvFile<T>(
  path: string,
  title: string,
  description: string,
  rows: readonly T[],
  columns: readonly Column<T>[],
): DataFile {
  const body = csvText([
    columns.map((c) => c.name),
    ...rows.map((r) => columns.map((c) => c.of(r))),
  ]);
  const docs = columns.map(({ of: _of, ...doc }) => doc);
  return { path, title, description, columns: docs, rows: rows.length, body };
}

/**
 * Every downloadable file, built from the records on the day `generated` (`YYYY-MM-DD`): the
 * JSON file first, then the CSV files. CSV files are RFC 4180 (UTF-8, no byte-order mark, CRLF,
 * a header row); JSON is indented by two spaces.
 */
export function dataFiles(r: AtlasRecords, generated: string): DataFile[] {
  const csv = [
    csvFile(
      '/data/memberships.csv',
      'Membership intervals',
      'One row per membership interval: a state, an organisation (and the body of its line), a status, from and until when, the legal milestones, the source, and any differing readings.',
      r.memberships,
      membershipColumns(r),
    ),
    csvFile(
      '/data/events.csv',
      'Events',
      'Summits, decisions, accessions, withdrawals, crises and wars that the atlas marks, each with its source.',
      r.events,
      eventColumns(r),
    ),
    csvFile(
      '/data/quotes.csv',
      'Quoted passages',
      'The passages of the two articles that the atlas quotes beside the states and years they discuss, verbatim.',
      r.quotes,
      quoteColumns(r),
    ),
    csvFile(
      '/data/claims.csv',
      'Where an article and the record differ',
      "Statements of the articles that the record contradicts, with the record's reading and its source.",
      r.claims,
      claimColumns(r),
    ),
  ];
  const { documents, ...records } = atlasPayload(r);
  const everything = {
    title: 'CIS Atlas: the record',
    description: `Membership of the post-Soviet states in the ${andList(r.organisations.map((o) => o.shortName))} (and their predecessors) from ${FIRST_YEAR}, with events, territories, quoted passages and notes where the articles differ from the record. Every membership interval, event and note carries its source.`,
    generated,
    recordRunsTo: latestDay(r),
    licence: {
      ...LICENCE,
      quotes:
        'Quoted passages are short quotations used with attribution; their copyright stays with their publishers.',
    },
    citation: citation(generated),
    files: csv.map((f) => f.path),
    organisations: records.organisations,
    countries: records.countries,
    memberships: records.memberships,
    territories: records.territories,
    events: records.events,
    quotes: records.quotes,
    claims: records.claims,
    documents,
  };
  const json: DataFile = {
    path: '/data/cis-atlas.json',
    title: 'The whole record',
    description:
      'Everything in one file: organisations (with the bodies of each line), countries, membership intervals, territories, events, quotes, claims and the two articles’ metadata, with the date it was built, the latest day the record names, its licence and how to cite it. Field names and meanings are those of data/schema.ts.',
    columns: null,
    rows: null,
    body: `${JSON.stringify(everything, null, 2)}\n`,
  };
  return [json, ...csv];
}
