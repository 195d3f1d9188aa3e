/**
 * The atlas's records: a static, cacheable file, fetched once per page load, by whichever asks
 * first (the map started before hydration, or the atlas).
 */
import { ATLAS_DATA } from '@/assets';
import type { AtlasData } from '@/data/records';

let records: Promise<Omit<AtlasData, 'today'>> | null = null;

export function loadRecords(): Promise<Omit<AtlasData, 'today'>> {
  records ??= fetch(ATLAS_DATA.url).then((r) => {
    if (!r.ok) throw new Error(`The atlas's records could not be loaded (${r.status}).`);
    return r.json() as Promise<Omit<AtlasData, 'today'>>;
  });
  return records;
}
