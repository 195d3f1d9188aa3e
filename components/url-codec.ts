/**
 * The one URL codec of the atlas. nuqs reads the query keys as raw strings; the pure functions of
 * `data/url-state.ts` give them meaning (case-insensitive where safe, a notice for each value that
 * is ignored) and write them back. The browser's hook and any code that reads a link go through
 * the same two steps, so they cannot disagree about what a link shows. The browser's hook keeps
 * the state as a value beside the values that write it (`urlStateCodec`): a change is merged
 * into the state, normalised and formatted once, and text is parsed only when the URL changes
 * from outside (a link opened, Back, Forward).
 */
import { createLoader, parseAsString } from 'nuqs';
import { linkParams } from '@/data/links';
import {
  normaliseUrlState,
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

/** What the URL's values show, and the values that write it (the same, once the URL is clean). */
interface ReadValues extends ParsedUrlState {
  canonical: RawValues;
}

export interface UrlStateCodec {
  /** What some values show: parsed, unless they write the state last read or written. */
  read(values: RawValues): ReadValues;
  /**
   * The values that write `update` over what `old` shows: merged into the state, normalised
   * (`normaliseUrlState`), formatted once. A named reading belongs to its layer: another layer
   * starts on the record's own. The update's own values are the controls' (a year in range, an
   * organisation of the record): the rules between the fields are normalising's.
   */
  write(old: RawValues, update: Partial<AtlasUrlState>): RawValues;
}

/**
 * The codec of one page (its current year, the record's ids, its path's layer and year), which
 * remembers the state it last read or wrote together with the values that write it, so that a
 * year step neither parses the URL it wrote nor formats the state it read.
 */
export function urlStateCodec(
  currentYear: number,
  known: KnownIds,
  base: PageBase = {},
): UrlStateCodec {
  type Shown = { state: AtlasUrlState; canonical: RawValues };
  let shown: Shown | null = null;
  /** The state last read or written, if these are the values that write it. */
  const shownBy = (values: RawValues): Shown | null =>
    shown && sameValues(values, shown.canonical) ? shown : null;
  const read = (values: RawValues): ReadValues => {
    const hit = shownBy(values);
    if (hit) return { ...hit, notices: [] };
    const { state, notices } = parseUrlState(rawParams(values), currentYear, known, base);
    shown = { state, canonical: rawValues(state, currentYear, base) };
    return { ...shown, notices };
  };
  const write = (old: RawValues, update: Partial<AtlasUrlState>): RawValues => {
    const current =
      shownBy(old)?.state ?? parseUrlState(rawParams(old), currentYear, known, base).state;
    const merged = { ...current, ...update };
    if (update.layer !== undefined && update.layer !== current.layer && !('reading' in update))
      merged.reading = null;
    const state = normaliseUrlState(merged, known);
    shown = { state, canonical: rawValues(state, currentYear, base) };
    return shown.canonical;
  };
  return { read, write };
}
