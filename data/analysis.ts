/**
 * Which passages of the articles, which events and which notes belong beside the map for a
 * year, a layer and a selected country. Pure functions over the data.
 */
import { yearOf } from './day';
import type { AtlasEvent, ClaimNote, Quote } from './schema';
import type { OrgId } from './vocabulary';

export interface Focus {
  year: number;
  layer: OrgId;
  country: string | null;
}

/** Years between a year and a period (0 inside it). */
export function yearDistance(year: number, [from, to]: readonly [number, number]): number {
  return year < from ? from - year : year > to ? year - to : 0;
}

/**
 * A quote's relevance: the selected country counts most, then the year, then the layer.
 * Zero means "not relevant here".
 */
export function quoteScore(q: Quote, focus: Focus): number {
  const distance = yearDistance(focus.year, q.years);
  const yearScore = distance === 0 ? 4 : distance <= 2 ? 2 : 0;
  const countryScore = focus.country ? (q.countries.includes(focus.country) ? 6 : 0) : 0;
  if (focus.country && countryScore === 0) return 0;
  if (!focus.country && yearScore === 0) return 0;
  const layerScore = q.orgs.includes(focus.layer) ? 2 : 0;
  return countryScore + yearScore + layerScore;
}

/** The relevant quotes, most relevant first (ties: nearest in time, then document order). */
export function rankQuotes(quotes: readonly Quote[], focus: Focus): Quote[] {
  return quotes
    .map((q, i) => ({ q, i, s: quoteScore(q, focus), d: yearDistance(focus.year, q.years) }))
    .filter((x) => x.s > 0)
    .sort((a, b) => b.s - a.s || a.d - b.d || a.i - b.i)
    .map((x) => x.q);
}

/** When nothing is relevant: the passages nearest in time to the year, at most `n`. */
export function nearestQuotes(quotes: readonly Quote[], year: number, n: number): Quote[] {
  return quotes
    .map((q, i) => ({ q, i, d: yearDistance(year, q.years) }))
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .slice(0, n)
    .map((x) => x.q);
}

/** The year an event falls in, and the last year it lasts into. */
export function eventYears(e: AtlasEvent): [number, number] {
  return [yearOf(e.date), yearOf(e.endDate ?? e.date)];
}

/** Events in a year (for the panel and the map's markers), optionally about one country. */
export function eventsInYear(
  events: readonly AtlasEvent[],
  year: number,
  country: string | null = null,
): AtlasEvent[] {
  return events.filter(
    (e) =>
      yearDistance(year, eventYears(e)) === 0 &&
      (country === null || e.countries.includes(country)),
  );
}

/** Every event about a country, in date order. */
export function eventsAbout(events: readonly AtlasEvent[], iso3: string): AtlasEvent[] {
  return events
    .filter((e) => e.countries.includes(iso3))
    .sort((a, b) => a.date.localeCompare(b.date));
}

/** Notes on claims that concern a country. */
export function claimsAbout(claims: readonly ClaimNote[], iso3: string): ClaimNote[] {
  return claims.filter((c) => c.countries.includes(iso3));
}

/** The year a click on a quote moves the slider to: the end of its period, where its facts hold. */
export function quoteYear(q: Quote, lastYear: number): number {
  return Math.min(q.years[1], lastYear);
}
