/**
 * What _Find a country_ finds: a query against every name a state goes by (its main name, its
 * official, former, Russian and local names), best matches first.
 */
import type { OtherName } from './schema';
import { foldForSearch } from './text';

/** A state as search sees it. */
export interface SearchableCountry {
  iso3: string;
  name: string;
  otherNames?: readonly OtherName[];
}

/** A state the query found; `via` is the other name that found it when its main name did not. */
export interface CountryHit<T extends SearchableCountry> {
  country: T;
  via?: OtherName;
}

/** Whether `query` begins a word of `name` (both folded): at its start or after a non-letter. */
function beginsAWord(name: string, query: string): boolean {
  for (let at = name.indexOf(query); at !== -1; at = name.indexOf(query, at + 1)) {
    if (at === 0 || !/[\p{L}\p{N}]/u.test(name[at - 1]!)) return true;
  }
  return false;
}

/** 0 when the name is the query, 1 when the query begins a word of it, 2 when it is inside it. */
function closeness(name: string, query: string): number | undefined {
  const folded = foldForSearch(name);
  if (folded === query) return 0;
  if (beginsAWord(folded, query)) return 1;
  if (folded.includes(query)) return 2;
  return undefined;
}

/**
 * The states whose names match `query`, ignoring case, Latin diacritics and ё/е, best first: an
 * exact ISO 3166-1 alpha-3 code or main name, then a word of a main name, then a main name
 * containing the query; then the same three for other names. Ties keep the order of `countries`.
 * An empty query finds every state, in that order.
 */
export function searchCountries<T extends SearchableCountry>(
  countries: readonly T[],
  query: string,
): CountryHit<T>[] {
  const q = foldForSearch(query);
  if (q === '') return countries.map((country) => ({ country }));
  const ranked: { hit: CountryHit<T>; rank: number }[] = [];
  for (const country of countries) {
    const main = country.iso3.toLowerCase() === q ? 0 : closeness(country.name, q);
    if (main !== undefined) {
      ranked.push({ hit: { country }, rank: main });
      continue;
    }
    let best: { via: OtherName; rank: number } | undefined;
    for (const via of country.otherNames ?? []) {
      const c = closeness(via.name, q);
      if (c !== undefined && (best === undefined || 3 + c < best.rank)) best = { via, rank: 3 + c };
    }
    if (best) ranked.push({ hit: { country, via: best.via }, rank: best.rank });
  }
  return ranked.sort((a, b) => a.rank - b.rank).map((r) => r.hit);
}
