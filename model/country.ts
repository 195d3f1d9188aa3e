/**
 * A selected country's panel (its statuses at the year shown, its timelines, events, presence,
 * passages and notes) and the country picker's choices.
 */
import { FIRST_YEAR, referenceDay, type Day, yearOf } from '@/data/day';
import type { AtlasData } from '@/data/records';
import { claimsAbout } from '@/data/analysis';
import { statusAt } from '@/data/membership';
import { statusCell } from '@/data/present';
import { otherReadingsAt } from '@/data/readings';
import type { MembershipInterval, Organisation } from '@/data/schema';
import type { OrgId } from '@/data/vocabulary';
import { nameOn } from '@/data/wording';
import { countryEvents, countryQuotes } from './analysis';
import { countryPresence } from './presence';
import { memo } from './shared';
import type { CountryView, PickerOptionView } from './types';

/** For a state outside the body on the day: the interval that ended last before it, if any. */
function lastBefore(
  data: AtlasData,
  org: OrgId,
  iso3: string,
  day: Day,
): MembershipInterval | null {
  const ended = data.memberships.filter(
    (i) => i.org === org && i.country === iso3 && i.until !== undefined && i.until <= day,
  );
  return ended.sort((a, b) => (a.until! < b.until! ? 1 : -1))[0] ?? null;
}

/** "member (by treaty)": how other sources read the status on the day, named by reading. */
function differing(interval: MembershipInterval, org: Organisation, day: Day): string {
  const said = otherReadingsAt(interval, day).map((a) => {
    const named = org.readings.find((r) => r.id === a.readingId)?.name;
    return named ? `${a.status} (${named.toLowerCase()})` : a.status!;
  });
  return [...new Set(said)].join(', ');
}

/** A state's status in every organisation, year by year from 1991 to today. */
const timelinesOf = memo((data: AtlasData, iso3: string): CountryView['timelines'] => {
  const last = yearOf(data.today);
  return data.organisations.map((o) => ({
    org: o.id,
    label: o.bodies.map((b) => b.shortName).join(', then '),
    years: Array.from({ length: last - FIRST_YEAR + 1 }, (_, i) => {
      const y = FIRST_YEAR + i;
      return {
        year: y,
        status: statusAt(data.memberships, o.id, iso3, referenceDay(y, data.today)).status,
      };
    }),
  }));
});

/**
 * A country's statuses on the reference day `day` of the year shown, its timeline in every
 * organisation, and what the record and the articles say of it, ranked for the layer shown.
 */
export function countryView(
  iso3: string,
  year: number,
  day: Day,
  layer: OrgId,
  data: AtlasData,
): CountryView {
  const country = data.countries.find((c) => c.iso3 === iso3) ?? null;
  const postSoviet = country?.role === 'post-soviet';
  return {
    iso3,
    name: country?.name ?? iso3,
    country,
    statuses: postSoviet
      ? data.organisations.map((o) => {
          const cell = statusCell(data.memberships, o, iso3, day);
          return {
            org: o.id,
            name: nameOn(o, day),
            cell,
            before: cell.interval ? null : lastBefore(data, o.id, iso3, day),
            differs: cell.interval ? differing(cell.interval, o, day) : '',
          };
        })
      : [],
    timelines: postSoviet ? timelinesOf(data, iso3) : [],
    presence: countryPresence(iso3, year, data),
    events: countryEvents(iso3, year, data),
    quotes: countryQuotes(iso3, year, layer, data),
    claims: claimsAbout(data.claims, iso3),
  };
}

/** Every country on the map, in alphabetical order of its English name, for the picker. */
export const pickerOptions = memo((data: AtlasData): readonly PickerOptionView[] =>
  [...data.countries]
    .sort((a, b) => a.name.localeCompare(b.name, 'en'))
    .map((c) => ({
      iso3: c.iso3,
      name: c.name,
      group: c.role === 'post-soviet' ? 'post-Soviet state' : 'neighbour',
      otherNames: c.otherNames,
    })),
);
