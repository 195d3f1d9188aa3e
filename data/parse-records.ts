/**
 * The one place that knows which file holds which records and parses them all, whether their
 * content came from disk (the build, the tests) or from a bundler's JSON import (the app).
 */
import { parseDataFile } from './load';
import type { AtlasRecords } from './invariants';
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
} from './schema';

export const DOCUMENT_IDS = ['bolgova-2015', 'wani-2025'] as const;
export type DocumentId = (typeof DOCUMENT_IDS)[number];

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
export type RecordKey = (typeof RECORD_KEYS)[number];

/** The path of a records file, relative to the project. */
export const recordFile = (key: RecordKey): string => `data/records/${key}.json`;
/** The path of a document file, relative to the project. */
export const documentFile = (id: DocumentId): string => `data/documents/${id}.json`;

/** The files' contents, not yet checked. */
export type RawRecords = Record<RecordKey, unknown> & { documents: Record<DocumentId, unknown> };

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
