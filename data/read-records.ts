/**
 * Reads every data file from disk and parses it (`records.ts`), for the build and the tests
 * (Node only; the app imports its records through the bundler, `atlas.ts`). A file that is
 * missing, is not JSON, or does not match its schema throws a {@link DataFileError} naming the
 * file and the field.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseChangelog, type ChangelogEntry } from './changelog';
import {
  DOCUMENT_IDS,
  RECORD_KEYS,
  DataFileError,
  documentFile,
  parseRecords,
  recordFile,
  type AtlasRecords,
} from './records';

/** The JSON content of one file under `root`, or a DataFileError saying why there is none. */
function readJsonFile(root: string, file: string): unknown {
  let text: string;
  try {
    text = readFileSync(join(root, file), 'utf8');
  } catch {
    throw new DataFileError(file, [{ path: '', message: 'the file is missing or unreadable' }]);
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new DataFileError(file, [
      { path: '', message: `not valid JSON: ${err instanceof Error ? err.message : String(err)}` },
    ]);
  }
}

/** All the records, read from the project at `root`. */
export function readRecords(root: string): AtlasRecords {
  const records = Object.fromEntries(
    RECORD_KEYS.map((key) => [key, readJsonFile(root, recordFile(key))]),
  );
  const documents = Object.fromEntries(
    DOCUMENT_IDS.map((id) => [id, readJsonFile(root, documentFile(id))]),
  );
  return parseRecords({
    ...(records as Record<(typeof RECORD_KEYS)[number], unknown>),
    documents: documents as Record<(typeof DOCUMENT_IDS)[number], unknown>,
  });
}

/** Where the record's changelog is kept, relative to the project. */
const CHANGELOG_FILE = 'docs/record-changes.md';

/** The record's changelog (docs/record-changes.md) of the project at `root`, parsed. */
export function readChangelog(root: string): ChangelogEntry[] {
  return parseChangelog(readFileSync(join(root, CHANGELOG_FILE), 'utf8'));
}
