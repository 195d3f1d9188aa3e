/** The plain data slice for a day, on the server (for the pages' static HTML). */
import { atlasPayload, type AtlasData } from './atlas-data';
import { records } from './atlas';

/** The slice for a day, on the server. */
export function atlasData(today: string): AtlasData {
  return { ...atlasPayload(records), today };
}
