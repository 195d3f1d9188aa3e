/**
 * The atlas's data, parsed and checked once per process. Import from here, never from the
 * JSON files directly, so that nothing in the app sees data that did not pass its schema.
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
import type { AtlasRecords } from './invariants';
import { parseRecords } from './parse-records';
import type { Country, Organisation, OrgId } from './schema';

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

/** The fifteen post-Soviet states, in alphabetical order of their English names. */
export const postSovietStates: readonly Country[] = countries
  .filter((c) => c.role === 'post-soviet')
  .sort((a, b) => a.name.localeCompare(b.name, 'en'));

const countryByIso = new Map(countries.map((c) => [c.iso3, c]));
const orgById = new Map(organisations.map((o) => [o.id, o]));

/** The organisation with this id; every {@link OrgId} has one (checked by the data tests). */
export function organisationById(id: OrgId): Organisation {
  const org = orgById.get(id);
  if (!org) throw new Error(`No organisation ${id} in data/records/organisations.json`);
  return org;
}

/** The English name of a country, or its code when the atlas does not know it. */
export function countryName(iso3: string): string {
  return countryByIso.get(iso3)?.name ?? iso3;
}
