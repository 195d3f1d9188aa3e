/**
 * The state people share by link, read from and written to the query string. Parsing never
 * throws: a value that makes no sense falls back to the default and leaves a notice that the
 * page shows (as text, never as markup).
 */
import type { OrgId } from './vocabulary';
import { FIRST_YEAR } from './day';

export type View = 'map' | 'table';
export const VIEWS: readonly View[] = ['map', 'table'];

export interface AtlasUrlState {
  year: number;
  layer: OrgId;
  view: View;
  /** ISO3 of the selected country, if any. */
  country: string | null;
  /** A second organisation to compare with at the same year. */
  compare: OrgId | null;
  /** A second (earlier) year to compare with in the same organisation. */
  since: number | null;
  /** Two maps side by side with a swipe divider. */
  split: boolean;
  /** Russian bases and deployments shown as points over the layer. */
  presence: boolean;
  /** One of the layer's named readings other than the record's own (`treaty`), or `null`. */
  reading: string | null;
  /**
   * Whether the embed view shows its organisation switcher and year slider (`controls=0` hides
   * them, for a frame that gives the map the room). Only the embed view reads it.
   */
  controls: boolean;
}

export type RawParams = Record<string, string | string[] | undefined>;

/**
 * What a page's path says before its query: `/csto/2009` opens the CSTO in 2009, and its query
 * may still change either (`/csto/2009?year=2010`).
 */
export type PageBase = Partial<Pick<AtlasUrlState, 'layer' | 'year'>>;

export interface ParsedUrlState {
  state: AtlasUrlState;
  /** One sentence per parameter that was ignored. */
  notices: string[];
}

export const DEFAULT_LAYER: OrgId = 'cis';

/** The defaults, for a given current year. */
export function defaultState(currentYear: number): AtlasUrlState {
  return {
    year: currentYear,
    layer: DEFAULT_LAYER,
    view: 'map',
    country: null,
    compare: null,
    since: null,
    split: false,
    presence: false,
    reading: null,
    controls: true,
  };
}

/** Shortens a raw parameter for a notice, so that a long or hostile value stays readable. */
export function quoteRaw(raw: string): string {
  const clean = raw.replace(/[\u0000-\u001f\u007f]/g, ' ');
  return `“${clean.length > 40 ? `${clean.slice(0, 40)}…` : clean}”`;
}

/** Parses a year: a whole number from 1991 to the current year, or `null` if it is not one. */
export function parseYearParam(raw: string, currentYear: number): number | null {
  if (!/^\d{4}$/.test(raw.trim())) return null;
  const year = Number(raw.trim());
  return year >= FIRST_YEAR && year <= currentYear ? year : null;
}

/** Parses the id of one of the record's organisations (`cis`, `csto`…, any case), or `null`. */
export function parseOrgParam(raw: string, orgs: readonly OrgId[]): OrgId | null {
  const id = raw.trim().toLowerCase();
  return orgs.includes(id) ? id : null;
}

/** Parses a switch (`1`/`true` or `0`/`false`, any case), or `null` for anything else. */
export function parseFlagParam(raw: string): boolean | null {
  const flag = raw.trim().toLowerCase();
  return flag === '1' || flag === 'true' ? true : flag === '0' || flag === 'false' ? false : null;
}

/**
 * Parses `controls=` (the embed view's switcher and slider): on when absent or empty, off for
 * `0`/`false`, `null` for anything else.
 */
export function parseControlsParam(raw: string | undefined): boolean | null {
  return raw === undefined || raw === '' ? true : parseFlagParam(raw);
}

/** Parses a view (`map`, `table`, any case), or `null`. */
export function parseViewParam(raw: string): View | null {
  const view = raw.trim().toLowerCase();
  return (VIEWS as readonly string[]).includes(view) ? (view as View) : null;
}

/** Parses an ISO3 code among `known`, or `null`. */
export function parseCountryParam(raw: string, known: ReadonlySet<string>): string | null {
  const code = raw.trim().toUpperCase();
  return known.has(code) ? code : null;
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** What a link may name: the record's countries, organisations and their named readings. */
export interface KnownIds {
  countries: ReadonlySet<string>;
  /** In the record's order. */
  orgs: readonly OrgId[];
  /** Each organisation's readings other than the record's own, by id (none for most). */
  readings?: ReadonlyMap<OrgId, readonly string[]>;
}

/** The countries, organisations and readings of a record set, as links may name them. */
export function knownIds(r: {
  countries: readonly { iso3: string }[];
  organisations: readonly { id: OrgId; readings?: readonly { id: string }[] }[];
}): KnownIds {
  return {
    countries: new Set(r.countries.map((c) => c.iso3)),
    orgs: r.organisations.map((o) => o.id),
    readings: new Map(
      r.organisations.map((o) => [o.id, (o.readings ?? []).slice(1).map((x) => x.id)]),
    ),
  };
}

/**
 * The rules that hold between the fields of a state, and the values only the record can vouch
 * for, applied in this order: a country the record has; a comparison with another of its
 * organisations; a year to compare with only when no organisation is compared (the organisations
 * win); side by side only with one of the two; a named reading only among the layer's own. What
 * breaks a rule is dropped (`null`, or one map). The year, the layer and the other fields are
 * taken as they are: the parser checks them one by one, and the controls offer nothing else.
 * Pure, and idempotent: the parser reads a link through it, and the browser writes every change
 * through it.
 */
export function normaliseUrlState(state: AtlasUrlState, known: KnownIds): AtlasUrlState {
  const country =
    state.country !== null && known.countries.has(state.country) ? state.country : null;
  const compare =
    state.compare !== null && state.compare !== state.layer && known.orgs.includes(state.compare)
      ? state.compare
      : null;
  const since = compare === null ? state.since : null;
  const split = state.split && (compare !== null || since !== null);
  const readings = known.readings?.get(state.layer) ?? [];
  const reading = state.reading !== null && readings.includes(state.reading) ? state.reading : null;
  return { ...state, country, compare, since, split, reading };
}

/** Reads the whole state from query parameters, with a notice for each value it had to ignore. */
export function parseUrlState(
  params: RawParams,
  currentYear: number,
  known: KnownIds,
  base: PageBase = {},
): ParsedUrlState {
  // Each parameter on its own first, then the rules between them (normaliseUrlState); at most
  // one notice per parameter, in the order of the state's fields.
  const asked: AtlasUrlState = { ...defaultState(currentYear), ...base };
  const notices: Partial<Record<keyof AtlasUrlState, string>> = {};

  const year = first(params.year);
  if (year !== undefined) {
    const parsed = parseYearParam(year, currentYear);
    if (parsed === null)
      notices.year = `The year ${quoteRaw(year)} is not a year from ${FIRST_YEAR} to ${currentYear}; showing ${asked.year}.`;
    else asked.year = parsed;
  }
  const layer = first(params.layer);
  if (layer !== undefined) {
    const parsed = parseOrgParam(layer, known.orgs);
    if (parsed === null)
      notices.layer = `The layer ${quoteRaw(layer)} is not one of ${known.orgs.join(', ')}; showing ${asked.layer}.`;
    else asked.layer = parsed;
  }
  const view = first(params.view);
  if (view !== undefined) {
    const parsed = parseViewParam(view);
    if (parsed !== null) asked.view = parsed;
    else
      notices.view = `The view ${quoteRaw(view)} is not one of ${VIEWS.join(', ')}; showing the map.`;
  }
  const country = first(params.country);
  if (country !== undefined && country !== '') {
    const parsed = parseCountryParam(country, known.countries);
    if (parsed === null)
      notices.country = `The country ${quoteRaw(country)} is not one the atlas has a record for; no country is selected.`;
    else asked.country = parsed;
  }
  const compare = first(params.compare);
  const notAnother = (raw: string): string =>
    `The comparison ${quoteRaw(raw)} is not another organisation; showing ${asked.layer} alone.`;
  if (compare !== undefined && compare !== '') {
    const parsed = parseOrgParam(compare, known.orgs);
    if (parsed === null) notices.compare = notAnother(compare);
    else asked.compare = parsed;
  }
  const since = first(params.since);
  if (since !== undefined && since !== '') {
    const parsed = parseYearParam(since, currentYear);
    if (parsed === null)
      notices.since = `The year to compare with, ${quoteRaw(since)}, is not a year from ${FIRST_YEAR} to ${currentYear}; no change view.`;
    else asked.since = parsed;
  }
  const split = first(params.split);
  const splitOn = split === undefined || split === '' ? false : parseFlagParam(split);
  if (splitOn === null)
    notices.split = `The value ${quoteRaw(split!)} for split is not 1 or 0; showing one map.`;
  else asked.split = splitOn;
  const presence = first(params.presence);
  const presenceOn = presence === undefined || presence === '' ? false : parseFlagParam(presence);
  if (presenceOn === null)
    notices.presence = `The value ${quoteRaw(presence!)} for presence is not 1 or 0; Russian military presence is not shown.`;
  else asked.presence = presenceOn;
  const reading = first(params.reading);
  if (reading !== undefined && reading !== '') asked.reading = reading.trim().toLowerCase();
  const controls = first(params.controls);
  const controlsOn = parseControlsParam(controls);
  if (controlsOn === null)
    notices.controls = `The value ${quoteRaw(controls!)} for controls is not 1 or 0; showing the organisations and the year slider.`;
  else asked.controls = controlsOn;

  const state = normaliseUrlState(asked, known);
  if (state.compare !== asked.compare) notices.compare = notAnother(compare!);
  if (state.since !== asked.since)
    notices.since =
      'A comparison of two organisations and of two years cannot be shown at once; showing the organisations.';
  if (state.split !== asked.split)
    notices.split =
      'Side by side needs a second organisation (compare=) or year (since=); showing one map.';
  if (state.reading !== asked.reading) {
    const others = known.readings?.get(state.layer) ?? [];
    notices.reading =
      others.length === 0
        ? `The reading ${quoteRaw(reading!)} is not one of ${state.layer}'s: it has only the record's own; showing that.`
        : `The reading ${quoteRaw(reading!)} is not one of ${state.layer}'s (${others.join(', ')}); showing the record's own.`;
  }
  const order = Object.keys(state) as (keyof AtlasUrlState)[];
  return { state, notices: order.flatMap((k) => notices[k] ?? []) };
}

/** Writes the state as query parameters, leaving out what equals the default. */
export function formatUrlState(
  state: AtlasUrlState,
  currentYear: number,
  base: PageBase = {},
): URLSearchParams {
  const params = new URLSearchParams();
  if (state.year !== (base.year ?? currentYear)) params.set('year', String(state.year));
  if (state.layer !== (base.layer ?? DEFAULT_LAYER)) params.set('layer', state.layer);
  if (state.view !== 'map') params.set('view', state.view);
  if (state.country) params.set('country', state.country);
  if (state.compare) params.set('compare', state.compare);
  if (state.since !== null) params.set('since', String(state.since));
  if (state.split) params.set('split', '1');
  if (state.presence) params.set('presence', '1');
  if (state.reading) params.set('reading', state.reading);
  if (!state.controls) params.set('controls', '0');
  return params;
}
