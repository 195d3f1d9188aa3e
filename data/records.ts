/**
 * The records: what they are (`AtlasRecords`), which file holds which, how every file is parsed
 * with its schema, and the slice of them the browser downloads (`AtlasData`). No I/O: the app
 * gets its records from the bundler (`atlas.ts`), the build and the tests from disk
 * (`read-records.ts`, Node only), and both parse them here, so a broken file fails the same way
 * everywhere: with the file's name and the path of the field that is wrong.
 */
import type { z } from 'zod';
import {
  claimsFile,
  countriesFile,
  documentRecord,
  eventsFile,
  membershipsFile,
  metaFile,
  organisationsFile,
  presenceFile,
  quotesFile,
  territoriesFile,
  type AtlasEvent,
  type ClaimNote,
  type Country,
  type DocumentRecord,
  type MembershipInterval,
  type Organisation,
  type PresencePoint,
  type Quote,
  type RecordMeta,
  type Territory,
} from './schema';

export interface AtlasRecords {
  organisations: readonly Organisation[];
  countries: readonly Country[];
  memberships: readonly MembershipInterval[];
  territories: readonly Territory[];
  events: readonly AtlasEvent[];
  quotes: readonly Quote[];
  claims: readonly ClaimNote[];
  /** Russian bases and deployments in the other fourteen states, as dated points. */
  presence: readonly PresencePoint[];
  documents: readonly DocumentRecord[];
  /** About the record as a whole: its title and the day it was last checked. */
  meta: RecordMeta;
}

export const DOCUMENT_IDS = ['bolgova-2015', 'wani-2025'] as const;
type DocumentId = (typeof DOCUMENT_IDS)[number];

export const RECORD_KEYS = [
  'organisations',
  'countries',
  'memberships',
  'territories',
  'events',
  'quotes',
  'claims',
  'presence',
  'meta',
] as const;
type RecordKey = (typeof RECORD_KEYS)[number];

/** The path of a records file, relative to the project. */
export const recordFile = (key: RecordKey): string => `data/records/${key}.json`;
/** The path of a document file, relative to the project. */
export const documentFile = (id: DocumentId): string => `data/documents/${id}.json`;

/** The files' contents, not yet checked. */
export type RawRecords = Record<RecordKey, unknown> & { documents: Record<DocumentId, unknown> };

/** A data file that does not match its schema. */
export class DataFileError extends Error {
  constructor(
    readonly file: string,
    readonly issues: readonly { path: string; message: string }[],
  ) {
    super(
      `Data file ${file} is invalid:\n` +
        issues.map((i) => `  - ${i.path || '(root)'}: ${i.message}`).join('\n'),
    );
    this.name = 'DataFileError';
  }
}

/** Formats a zod issue path as `[3].source.url`, as a person would look for it in the file. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '');
}

/** Parses `value` (the content of `file`) with `schema`, or throws a {@link DataFileError}. */
export function parseDataFile<S extends z.ZodType>(
  file: string,
  schema: S,
  value: unknown,
): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new DataFileError(
    file,
    result.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })),
  );
}

/** Parses every file's content with its schema; throws a DataFileError naming the file and field. */
export function parseRecords(raw: RawRecords): AtlasRecords {
  return {
    organisations: parseDataFile(recordFile('organisations'), organisationsFile, raw.organisations),
    countries: parseDataFile(recordFile('countries'), countriesFile, raw.countries),
    memberships: parseDataFile(recordFile('memberships'), membershipsFile, raw.memberships),
    territories: parseDataFile(recordFile('territories'), territoriesFile, raw.territories),
    events: parseDataFile(recordFile('events'), eventsFile, raw.events),
    quotes: parseDataFile(recordFile('quotes'), quotesFile, raw.quotes),
    claims: parseDataFile(recordFile('claims'), claimsFile, raw.claims),
    presence: parseDataFile(recordFile('presence'), presenceFile, raw.presence),
    meta: parseDataFile(recordFile('meta'), metaFile, raw.meta),
    documents: DOCUMENT_IDS.map((id) =>
      parseDataFile(documentFile(id), documentRecord, raw.documents[id]),
    ),
  };
}

export type DocumentMeta = Omit<DocumentRecord, 'paragraphs' | 'removed'>;

/**
 * The records as the page's client components get them: the documents' metadata only (the
 * reader has their text), and the day. Plain and serialisable, so that the schema library never
 * ships to the browser: written at build time to the file `assets.ts` names `ATLAS_DATA`, which
 * the browser fetches (no page inlines the records).
 */
export interface AtlasData extends Omit<AtlasRecords, 'documents'> {
  /** Today, `YYYY-MM-DD` (UTC), as the server saw it. */
  today: string;
  documents: readonly DocumentMeta[];
}

/** Everything the client needs but the day, with the documents' paragraphs left out. */
export function atlasPayload(from: AtlasRecords): Omit<AtlasData, 'today'> {
  return {
    ...from,
    documents: from.documents.map(({ paragraphs: _p, removed: _r, ...meta }) => meta),
  };
}
