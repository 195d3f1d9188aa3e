/** Builds the plain data slice the atlas page hands to its client components (server only). */
import type { AtlasData } from './atlas-data';
import { records } from './atlas';

/** Everything the client needs, with the documents' paragraphs left out (the reader has them). */
export function atlasData(today: string): AtlasData {
  return {
    ...records,
    today,
    documents: records.documents.map(({ paragraphs: _p, removed: _r, ...meta }) => meta),
  };
}
