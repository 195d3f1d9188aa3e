/**
 * The records as the app has them: imported by the bundler, parsed with their schemas
 * (`records.ts`) once per process. Import from here, never from the JSON files directly, so that
 * nothing in the app sees data that did not pass its schema. Server code only (pages, build
 * scripts, tests): the browser fetches its slice (`AtlasData`) instead.
 */
import organisationsJson from './records/organisations.json';
import countriesJson from './records/countries.json';
import membershipsJson from './records/memberships.json';
import territoriesJson from './records/territories.json';
import eventsJson from './records/events.json';
import quotesJson from './records/quotes.json';
import claimsJson from './records/claims.json';
import presenceJson from './records/presence.json';
import metaJson from './records/meta.json';
import bolgovaJson from './documents/bolgova-2015.json';
import waniJson from './documents/wani-2025.json';
import type { Day } from './day';
import { atlasPayload, parseRecords, type AtlasData, type AtlasRecords } from './records';
import type { Country } from './schema';

export const records: AtlasRecords = parseRecords({
  organisations: organisationsJson,
  countries: countriesJson,
  memberships: membershipsJson,
  territories: territoriesJson,
  events: eventsJson,
  quotes: quotesJson,
  claims: claimsJson,
  presence: presenceJson,
  meta: metaJson,
  documents: { 'bolgova-2015': bolgovaJson, 'wani-2025': waniJson },
});

export const {
  organisations,
  countries,
  memberships,
  events,
  quotes,
  claims,
  presence,
  documents,
} = records;

/**
 * The fifteen post-Soviet states' records, in alphabetical order of their English names (the
 * page model's `postSovietStates(data)` gives the same for the data it is handed).
 */
export const postSovietCountries: readonly Country[] = countries
  .filter((c) => c.role === 'post-soviet')
  .sort((a, b) => a.name.localeCompare(b.name, 'en'));

const countryByIso = new Map(countries.map((c) => [c.iso3, c]));

/** The English name of a country, or its code when the atlas does not know it. */
export function countryName(iso3: string): string {
  return countryByIso.get(iso3)?.name ?? iso3;
}

/** The slice the page's client components get, for a day (for the pages' static HTML). */
export function atlasData(today: Day): AtlasData {
  return { ...atlasPayload(records), today };
}
