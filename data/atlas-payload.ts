/** Builds the plain data slice the atlas page hands to its client components (server only). */
import type { AtlasData } from './atlas-data';
import {
  claims,
  countries,
  documents,
  events,
  memberships,
  organisations,
  quotes,
  territories,
} from './atlas';

/** Everything the client needs, with the documents' paragraphs left out (the reader has them). */
export function atlasData(today: string): AtlasData {
  return {
    today,
    organisations,
    countries,
    memberships,
    territories,
    events,
    quotes,
    claims,
    documents: documents.map(({ paragraphs: _p, removed: _r, ...meta }) => meta),
  };
}
