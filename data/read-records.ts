/**
 * Reads every data file from disk and parses it, for the build and the tests (Node only).
 * A file that is missing, is not JSON, or does not match its schema throws a
 * {@link DataFileError} naming the file and the field.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { DataFileError, parseDataFile } from './load';
import type { AtlasRecords } from './invariants';
import {
  claimsFile,
  countriesFile,
  documentRecord,
  eventsFile,
  membershipsFile,
  organisationsFile,
  quotesFile,
  territoriesFile,
} from './schema';

export const DOCUMENT_IDS = ['bolgova-2015', 'wani-2025'] as const;

/** Reads and parses one JSON file under `root`. */
export function readDataFile<S extends z.ZodType>(
  root: string,
  file: string,
  schema: S,
): z.output<S> {
  let text: string;
  try {
    text = readFileSync(join(root, file), 'utf8');
  } catch {
    throw new DataFileError(file, [{ path: '', message: 'the file is missing or unreadable' }]);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new DataFileError(file, [
      { path: '', message: `not valid JSON: ${err instanceof Error ? err.message : String(err)}` },
    ]);
  }
  return parseDataFile(file, schema, value);
}

/** All the records, read from the project at `root`. */
export function readRecords(root: string): AtlasRecords {
  return {
    organisations: readDataFile(root, 'data/records/organisations.json', organisationsFile),
    countries: readDataFile(root, 'data/records/countries.json', countriesFile),
    memberships: readDataFile(root, 'data/records/memberships.json', membershipsFile),
    territories: readDataFile(root, 'data/records/territories.json', territoriesFile),
    events: readDataFile(root, 'data/records/events.json', eventsFile),
    quotes: readDataFile(root, 'data/records/quotes.json', quotesFile),
    claims: readDataFile(root, 'data/records/claims.json', claimsFile),
    documents: DOCUMENT_IDS.map((id) =>
      readDataFile(root, `data/documents/${id}.json`, documentRecord),
    ),
  };
}
