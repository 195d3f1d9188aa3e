/**
 * The plain, serialisable slice of the data that the page hands to its client components
 * (so that the schema library never ships to the browser).
 */
import type { AtlasRecords } from './invariants';
import type { DocumentRecord } from './schema';

export type DocumentMeta = Omit<DocumentRecord, 'paragraphs' | 'removed'>;

/** The records, with the documents' metadata only (the reader has their text). */
export interface AtlasData extends Omit<AtlasRecords, 'documents'> {
  /** Today, `YYYY-MM-DD` (UTC), as the server saw it. */
  today: string;
  documents: readonly DocumentMeta[];
}

/**
 * Where the browser fetches the slice: written at build time by scripts/prepare-assets.ts, so
 * that no page inlines the records.
 */
export const ATLAS_DATA_URL = '/generated/data/atlas-data.json';

/** Everything the client needs but the day, with the documents' paragraphs left out. */
export function atlasPayload(from: AtlasRecords): Omit<AtlasData, 'today'> {
  return {
    ...from,
    documents: from.documents.map(({ paragraphs: _p, removed: _r, ...meta }) => meta),
  };
}
