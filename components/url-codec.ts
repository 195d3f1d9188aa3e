/**
 * The one URL codec of the atlas. nuqs reads the query keys as raw strings; the pure functions of
 * `data/url-state.ts` give them meaning (case-insensitive where safe, a notice for each value that
 * is ignored) and write them back. The browser's hook and any code that reads a link go through
 * the same two steps, so they cannot disagree about what a link shows.
 */
import { createLoader, parseAsString } from 'nuqs';
import { linkParams } from '@/data/links';
import {
  parseUrlState,
  type AtlasUrlState,
  type KnownIds,
  type PageBase,
  type ParsedUrlState,
  type RawParams,
} from '@/data/url-state';

/** The query keys the atlas owns, each read as its raw string. */
export const URL_KEYS = {
  year: parseAsString,
  layer: parseAsString,
  view: parseAsString,
  country: parseAsString,
  compare: parseAsString,
  since: parseAsString,
  split: parseAsString,
  presence: parseAsString,
  reading: parseAsString,
  controls: parseAsString,
};

type UrlKey = keyof typeof URL_KEYS;
export type RawValues = Record<UrlKey, string | null>;

/** Reads the keys from a query string or `URLSearchParams` exactly as the browser's hook does. */
export const loadRawValues = createLoader(URL_KEYS);

/** Raw values as the parser takes them (a missing key is `undefined`). */
export function rawParams(values: RawValues): RawParams {
  return Object.fromEntries(
    Object.entries(values).map(([k, v]) => [k, v ?? undefined]),
  ) as RawParams;
}

/** The raw values that write a state, every key present (`null` removes it from the URL). */
export function rawValues(
  state: AtlasUrlState,
  currentYear: number,
  base: PageBase = {},
): RawValues {
  const params = linkParams(state, { currentYear, base });
  const keys = Object.keys(URL_KEYS) as UrlKey[];
  return Object.fromEntries(keys.map((k) => [k, params.get(k)])) as RawValues;
}

/** What a link shows, read through the same steps as in the browser. */
export function readLink(
  search: string | URLSearchParams,
  currentYear: number,
  known: KnownIds,
  base: PageBase = {},
): ParsedUrlState {
  return parseUrlState(rawParams(loadRawValues(search)), currentYear, known, base);
}

/** Whether two sets of raw values write the same URL. */
export function sameValues(a: RawValues, b: RawValues): boolean {
  return (Object.keys(URL_KEYS) as UrlKey[]).every((k) => (a[k] ?? null) === (b[k] ?? null));
}
