/** Helpers of the view model: a cache for what does not change with the year, and names. */
import type { AtlasData } from '@/data/records';
import { intervalsUnder } from '@/data/readings';
import type { Country, Organisation } from '@/data/schema';
import type { OrgId } from '@/data/vocabulary';

/**
 * A function of the data and a few names, made once per data and names: for the parts of the page
 * that do not change with the year. Each memo keeps its own cache, keyed by everything its function
 * is given, so it cannot hand back a value made for other inputs. (A cache shared under chosen
 * string keys could: a key that left out an input returned what was made for another.)
 */
export function memo<A extends readonly string[], T>(
  make: (data: AtlasData, ...args: A) => T,
): (data: AtlasData, ...args: A) => T {
  const made = new WeakMap<AtlasData, Map<string, T>>();
  return (data, ...args) => {
    let byArgs = made.get(data);
    if (!byArgs) made.set(data, (byArgs = new Map()));
    const key = JSON.stringify(args);
    if (!byArgs.has(key)) byArgs.set(key, make(data, ...args));
    return byArgs.get(key) as T;
  };
}

const readingOf = memo((data: AtlasData, layer: OrgId, reading: string): AtlasData => ({
  ...data,
  memberships: intervalsUnder(data.memberships, orgOf(data, layer), reading),
}));

/**
 * The records as one of a layer's named readings counts them (`data/readings.ts`), made once per
 * data, layer and reading; the data itself for the record's own reading.
 */
export function underReading(data: AtlasData, layer: OrgId, reading: string | null): AtlasData {
  return reading === null ? data : readingOf(data, layer, reading);
}

/** The post-Soviet states of the record, in alphabetical order of their English names. */
export const postSovietStates = memo((data: AtlasData): readonly Country[] =>
  data.countries
    .filter((c) => c.role === 'post-soviet')
    .sort((a, b) => a.name.localeCompare(b.name, 'en')),
);

export function orgOf(data: AtlasData, id: OrgId): Organisation {
  return data.organisations.find((o) => o.id === id) ?? data.organisations[0]!;
}

/** The name of a country in the record, or its code. */
export function nameIn(data: AtlasData, iso3: string): string {
  return data.countries.find((c) => c.iso3 === iso3)?.name ?? iso3;
}
