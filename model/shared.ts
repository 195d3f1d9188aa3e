/** Helpers of the view model: a cache for what does not change with the year, and names. */
import type { AtlasData } from '@/data/records';
import { intervalsUnder } from '@/data/readings';
import type { Country, Organisation } from '@/data/schema';
import type { OrgId } from '@/data/vocabulary';

/** The parts of the page that do not depend on the year, computed once per data and layer. */
const yearless = new WeakMap<AtlasData, Map<string, unknown>>();
export function once<T>(data: AtlasData, key: string, make: () => T): T {
  let cache = yearless.get(data);
  if (!cache) yearless.set(data, (cache = new Map()));
  if (!cache.has(key)) cache.set(key, make());
  return cache.get(key) as T;
}

/**
 * The records as one of a layer's named readings counts them (`data/readings.ts`), made once per
 * data, layer and reading; the data itself for the record's own reading.
 */
export function underReading(data: AtlasData, layer: OrgId, reading: string | null): AtlasData {
  if (reading === null) return data;
  return once(data, `reading/${layer}/${reading}`, () => ({
    ...data,
    memberships: intervalsUnder(data.memberships, orgOf(data, layer), reading),
  }));
}

/** The post-Soviet states of the record, in alphabetical order of their English names. */
export function postSovietStates(data: AtlasData): readonly Country[] {
  return once(data, 'states', () =>
    data.countries
      .filter((c) => c.role === 'post-soviet')
      .sort((a, b) => a.name.localeCompare(b.name, 'en')),
  );
}

export function orgOf(data: AtlasData, id: OrgId): Organisation {
  return data.organisations.find((o) => o.id === id) ?? data.organisations[0]!;
}

/** The name of a country in the record, or its code. */
export function nameIn(data: AtlasData, iso3: string): string {
  return data.countries.find((c) => c.iso3 === iso3)?.name ?? iso3;
}
