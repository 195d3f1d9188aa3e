/**
 * What a map shows beyond its geometry, as feature state and paint, and the smallest set of calls
 * that takes a map from one such state to another: a year change touches only the countries whose
 * class changed (the benchmark counts the calls), and nothing here uploads geometry.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { PATTERN_KINDS, STATUS_STYLES, type ClassStyle } from '@/model/palette';
import {
  LAYER_FILL,
  SOURCE_COUNTRIES,
  SOURCE_EVENTS,
  SOURCE_PRESENCE,
  SOURCE_TERRITORIES,
  SOURCE_TERRITORY_POINTS,
  fillColorFor,
  patternLayerId,
  patternOpacityFor,
} from './map-vocabulary';

export interface MapState {
  /** The class of each country by ISO3 (a status, an overlap category or a change word). */
  classes: Readonly<Record<string, string>>;
  /** The styles of the classes: the fill colour and pattern expressions (null: the style's own). */
  styles: Readonly<Record<string, ClassStyle>> | null;
  selected: string | null;
  highlighted: readonly string[];
  /** Active territories (polygons or markers) and events, by id. */
  territories: readonly string[];
  events: readonly string[];
  /** Active Russian presence points, by id. */
  presence: readonly string[];
  /** States whose status another source reads otherwise (outlined), by ISO3. */
  marked: readonly string[];
}

/** The state of a map as MapLibre makes it: no feature state, the style's own paint. */
export function blankState(): MapState {
  return {
    classes: {},
    styles: null,
    selected: null,
    highlighted: [],
    territories: [],
    events: [],
    presence: [],
    marked: [],
  };
}

/** The two calls of a MapLibre map that state needs. */
export type StateTarget = Pick<MapLibreMap, 'setFeatureState' | 'setPaintProperty'>;

/** Makes the calls that take `map` from `shown` to `want`; returns what it then shows. */
export function applyState(map: StateTarget, want: MapState, shown: MapState): MapState {
  // Compared by value: the view model makes a new styles object for every year, and re-setting
  // the paint makes MapLibre re-evaluate and re-upload the paint of every feature in seven fill
  // layers (about 200 ms a step on software WebGL), where a year step needs none.
  if (want.styles && !sameStyles(want.styles, shown.styles)) {
    const fallback = STATUS_STYLES['non-member'].color;
    map.setPaintProperty(LAYER_FILL, 'fill-color', fillColorFor(want.styles, fallback));
    for (const kind of PATTERN_KINDS)
      map.setPaintProperty(
        patternLayerId(kind),
        'fill-opacity',
        patternOpacityFor(want.styles, kind),
      );
  }
  if (want.classes !== shown.classes)
    for (const iso of new Set([...Object.keys(shown.classes), ...Object.keys(want.classes)])) {
      const cls = want.classes[iso] ?? '';
      if ((shown.classes[iso] ?? '') !== cls)
        map.setFeatureState({ source: SOURCE_COUNTRIES, id: iso }, { cls });
    }
  if (want.selected !== shown.selected) {
    if (shown.selected)
      map.setFeatureState({ source: SOURCE_COUNTRIES, id: shown.selected }, { selected: false });
    if (want.selected)
      map.setFeatureState({ source: SOURCE_COUNTRIES, id: want.selected }, { selected: true });
  }
  toggle(map, [SOURCE_COUNTRIES], 'highlight', want.highlighted, shown.highlighted);
  toggle(map, [SOURCE_COUNTRIES], 'reading', want.marked, shown.marked);
  // Active ids count even when they have no marker: Crimea is a polygon, not a point.
  const territorySources = [SOURCE_TERRITORIES, SOURCE_TERRITORY_POINTS];
  toggle(map, territorySources, 'active', want.territories, shown.territories);
  toggle(map, [SOURCE_EVENTS], 'active', want.events, shown.events);
  toggle(map, [SOURCE_PRESENCE], 'active', want.presence, shown.presence);
  return { ...want, styles: want.styles ?? shown.styles };
}

function sameStyles(
  a: Readonly<Record<string, ClassStyle>>,
  b: Readonly<Record<string, ClassStyle>> | null,
): boolean {
  return a === b || (b !== null && JSON.stringify(a) === JSON.stringify(b));
}

/** Sets a boolean feature state on the ids that entered or left a list. */
function toggle(
  map: StateTarget,
  sources: readonly string[],
  key: string,
  now: readonly string[],
  was: readonly string[],
): void {
  if (now === was) return;
  const on = new Set(now);
  const before = new Set(was);
  for (const id of new Set([...now, ...was]))
    if (on.has(id) !== before.has(id))
      for (const source of sources) map.setFeatureState({ source, id }, { [key]: on.has(id) });
}
