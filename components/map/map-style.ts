/**
 * The map's own style: static layer specifications and pure builders, tested without a browser.
 * A year change only changes feature state; a change of mode (status, overlap, change) swaps one
 * paint expression. Nothing here re-uploads geometry.
 */
import type {
  DataDrivenPropertyValueSpecification,
  ExpressionSpecification,
  LayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { Status } from '@/data/vocabulary';

/** A non-colour cue, drawn both on the map (as an image pattern) and in the legend (as SVG). */
export type PatternKind =
  'diagonal' | 'antidiagonal' | 'dots' | 'horizontal' | 'vertical' | 'cross';

export interface ClassStyle {
  /** Fill colour, chosen from the Okabe–Ito palette so that colour-blind readers can tell them apart. */
  color: string;
  pattern?: PatternKind;
  label: string;
}

/** Colours and cues for the status vocabulary. The rarer statuses also carry a pattern. */
export const STATUS_STYLES: Record<Status, ClassStyle> = {
  member: { color: '#0072B2', label: 'Member' },
  participating: {
    color: '#56B4E9',
    pattern: 'vertical',
    label: 'Participating (charter not ratified)',
  },
  associate: { color: '#009E73', pattern: 'dots', label: 'Associate member' },
  observer: { color: '#F0E442', pattern: 'horizontal', label: 'Observer' },
  suspended: { color: '#CC79A7', pattern: 'diagonal', label: 'Suspended (participation frozen)' },
  withdrawing: {
    color: '#D55E00',
    pattern: 'antidiagonal',
    label: 'Withdrawing (announced, not yet effective)',
  },
  'non-member': { color: '#E9E4D8', label: 'Non-member' },
};

export const NEIGHBOUR_COLOR = '#F7F5F0';
export const SEA_COLOR = '#C9DCE6';
export const BORDER_COLOR = '#5B5B5B';
export const PATTERN_INK = 'rgba(20, 20, 20, 0.55)';

/** Image names for the map's patterns; the territory hatch is its own. */
export const patternImageName = (kind: PatternKind): string => `pattern-${kind}`;
export const TERRITORY_HATCH = 'hatch-territory';

export const SOURCE_COUNTRIES = 'countries';
export const SOURCE_TERRITORIES = 'territories';
export const SOURCE_TERRITORY_POINTS = 'territory-points';
export const SOURCE_LABELS = 'labels';
export const SOURCE_EVENTS = 'events';

export const LAYER_FILL = 'country-fill';
export const LAYER_BORDERS = 'country-borders';
export const LAYER_HIGHLIGHT = 'country-highlight';
export const LAYER_TERRITORY_FILL = 'territory-fill';
export const LAYER_TERRITORY_LINE = 'territory-line';
export const LAYER_TERRITORY_POINT = 'territory-point';
export const LAYER_TERRITORY_LABEL = 'territory-label';
export const LAYER_LABELS = 'country-labels';
export const LAYER_EVENTS = 'event-markers';
export const patternLayerId = (kind: PatternKind): string => `country-pattern-${kind}`;

export const PATTERN_KINDS: readonly PatternKind[] = [
  'diagonal',
  'antidiagonal',
  'dots',
  'horizontal',
  'vertical',
  'cross',
];

/** The font the labels use, served from our own origin (see `scripts/prepare-assets.ts`). */
export const LABEL_FONT = 'Noto Sans Regular';

/**
 * The fill colour of a country: by the class in its feature state (a status, an overlap category
 * or a change word), neighbours in a quiet neutral.
 */
export function fillColorFor(
  classes: Record<string, ClassStyle>,
  fallback: string,
): ExpressionSpecification {
  const pairs = Object.entries(classes).flatMap(([cls, style]) => [cls, style.color]);
  const byClass: ExpressionSpecification =
    pairs.length === 0
      ? ['literal', fallback]
      : ([
          'match',
          ['coalesce', ['feature-state', 'cls'], ''],
          ...pairs,
          fallback,
        ] as unknown as ExpressionSpecification);
  return ['case', ['boolean', ['get', 'postSoviet'], false], byClass, NEIGHBOUR_COLOR];
}

/**
 * The opacity of one pattern layer: visible on the countries whose class carries this pattern.
 * (`fill-pattern` cannot read feature state, `fill-opacity` can, so each pattern is a layer.)
 */
export function patternOpacityFor(
  classes: Record<string, ClassStyle>,
  kind: PatternKind,
): ExpressionSpecification {
  const withPattern = Object.entries(classes)
    .filter(([, s]) => s.pattern === kind)
    .map(([cls]) => cls);
  // Always the same feature-state expression, even when no class has this pattern: MapLibre
  // fails (in updatePaintArrays) when a paint property switches from feature state to a constant.
  return [
    'case',
    ['in', ['coalesce', ['feature-state', 'cls'], ''], ['literal', withPattern]],
    1,
    0,
  ];
}

const activeOpacity = (on: number): DataDrivenPropertyValueSpecification<number> => [
  'case',
  ['boolean', ['feature-state', 'active'], false],
  on,
  0,
];

/** The static layers, bottom to top. */
export function baseLayers(): LayerSpecification[] {
  return [
    { id: 'sea', type: 'background', paint: { 'background-color': SEA_COLOR } },
    {
      id: LAYER_FILL,
      type: 'fill',
      source: SOURCE_COUNTRIES,
      paint: {
        'fill-color': fillColorFor(STATUS_STYLES, STATUS_STYLES['non-member'].color),
        'fill-antialias': true,
      },
    },
    ...PATTERN_KINDS.map((kind): LayerSpecification => ({
      id: patternLayerId(kind),
      type: 'fill',
      source: SOURCE_COUNTRIES,
      filter: ['boolean', ['get', 'postSoviet'], false],
      paint: {
        'fill-pattern': patternImageName(kind),
        'fill-opacity': patternOpacityFor(STATUS_STYLES, kind),
      },
    })),
    {
      id: LAYER_TERRITORY_FILL,
      type: 'fill',
      source: SOURCE_TERRITORIES,
      paint: { 'fill-pattern': TERRITORY_HATCH, 'fill-opacity': activeOpacity(1) },
    },
    {
      id: LAYER_BORDERS,
      type: 'line',
      source: SOURCE_COUNTRIES,
      paint: {
        'line-color': BORDER_COLOR,
        'line-width': ['case', ['boolean', ['get', 'postSoviet'], false], 0.9, 0.5],
        'line-opacity': ['case', ['boolean', ['get', 'postSoviet'], false], 0.9, 0.5],
      },
    },
    {
      id: LAYER_TERRITORY_LINE,
      type: 'line',
      source: SOURCE_TERRITORIES,
      paint: {
        'line-color': '#222',
        'line-width': 1,
        'line-dasharray': [2, 1.5],
        'line-opacity': activeOpacity(0.9),
      },
    },
    {
      id: LAYER_HIGHLIGHT,
      type: 'line',
      source: SOURCE_COUNTRIES,
      paint: {
        'line-color': '#111',
        'line-width': [
          'case',
          ['boolean', ['feature-state', 'selected'], false],
          3,
          ['boolean', ['feature-state', 'highlight'], false],
          2.5,
          ['boolean', ['feature-state', 'hover'], false],
          2,
          0,
        ],
        'line-dasharray': [1, 0],
      },
    },
    {
      id: LAYER_TERRITORY_POINT,
      type: 'circle',
      source: SOURCE_TERRITORY_POINTS,
      paint: {
        'circle-radius': 6,
        'circle-color': '#ffffff',
        'circle-stroke-color': '#222',
        'circle-stroke-width': 2,
        'circle-opacity': activeOpacity(0.9),
        'circle-stroke-opacity': activeOpacity(1),
      },
    },
    {
      id: LAYER_EVENTS,
      type: 'circle',
      source: SOURCE_EVENTS,
      paint: {
        'circle-radius': 5,
        'circle-color': '#111',
        'circle-stroke-color': '#fff',
        'circle-stroke-width': 2,
        'circle-opacity': activeOpacity(1),
        'circle-stroke-opacity': activeOpacity(1),
      },
    },
    {
      id: LAYER_TERRITORY_LABEL,
      type: 'symbol',
      source: SOURCE_TERRITORY_POINTS,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': [LABEL_FONT],
        'text-size': 11,
        'text-offset': [0, 1.1],
        'text-anchor': 'top',
        'text-optional': true,
      },
      minzoom: 3.5,
      paint: {
        'text-color': '#222',
        'text-halo-color': '#fff',
        'text-halo-width': 1.2,
        'text-opacity': activeOpacity(1),
      },
    },
    {
      id: LAYER_LABELS,
      type: 'symbol',
      source: SOURCE_LABELS,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': [LABEL_FONT],
        'text-size': [
          'interpolate',
          ['linear'],
          ['zoom'],
          2,
          ['case', ['boolean', ['get', 'postSoviet'], false], 12, 10],
          6,
          16,
        ],
        'text-max-width': 8,
        'text-padding': 1,
      },
      paint: {
        'text-color': ['case', ['boolean', ['get', 'postSoviet'], false], '#111', '#555'],
        'text-halo-color': 'rgba(255,255,255,0.9)',
        'text-halo-width': 1.4,
      },
    },
  ];
}

/** Unicode ranges of the two font files we serve (from @fontsource/noto-sans). */
export const FONT_FILES = [
  {
    file: 'noto-sans-latin-400-normal.woff2',
    ranges: [
      'U+0000-00FF',
      'U+0131',
      'U+0152-0153',
      'U+02BB-02BC',
      'U+02C6',
      'U+02DA',
      'U+02DC',
      'U+2000-206F',
      'U+20AC',
      'U+2122',
      'U+2191',
      'U+2193',
      'U+2212',
      'U+2215',
      'U+FEFF',
      'U+FFFD',
    ],
  },
  {
    file: 'noto-sans-cyrillic-400-normal.woff2',
    ranges: ['U+0301', 'U+0400-045F', 'U+0490-0491', 'U+04B0-04B1', 'U+2116'],
  },
] as const;

/** The decoded geometry and markers the style draws; handed over once, when the map is made. */
export interface AtlasStyleData {
  countries: GeoJSON.FeatureCollection;
  territories: GeoJSON.FeatureCollection;
  territoryPoints: GeoJSON.FeatureCollection;
  labels: GeoJSON.FeatureCollection;
  events: GeoJSON.FeatureCollection;
}

/**
 * The whole style, with the geometry inline: it is given to MapLibre once and never replaced
 * (a year change is feature state). No `glyphs` URL: labels are drawn from our own font files,
 * so the page asks no other origin for anything.
 */
export function atlasStyle(origin: string, data: AtlasStyleData): StyleSpecification {
  return {
    version: 8,
    name: 'CIS Atlas',
    // A year change should show the new colours in the next frame, not fade in.
    transition: { duration: 0, delay: 0 },
    'font-faces': {
      [LABEL_FONT]: FONT_FILES.map((f) => ({
        url: `${origin}/generated/fonts/${f.file}`,
        'unicode-range': [...f.ranges],
      })),
    },
    sources: {
      [SOURCE_COUNTRIES]: { type: 'geojson', data: data.countries, promoteId: 'iso3' },
      [SOURCE_TERRITORIES]: { type: 'geojson', data: data.territories, promoteId: 'id' },
      [SOURCE_TERRITORY_POINTS]: { type: 'geojson', data: data.territoryPoints, promoteId: 'id' },
      [SOURCE_LABELS]: { type: 'geojson', data: data.labels },
      [SOURCE_EVENTS]: { type: 'geojson', data: data.events, promoteId: 'id' },
    },
    layers: baseLayers(),
  };
}

/** The region from the Baltic to the Bering Strait, [west, south, east, north]; east runs past 180°. */
export const REGION_BBOX: readonly [number, number, number, number] = [19, 34, 191, 77];

const mercatorY = (lat: number): number => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
const inverseMercatorY = (y: number): number => (Math.atan(Math.exp(y)) * 360) / Math.PI - 90;

/**
 * The centre and zoom that fit a box into a map of the given size. Computed here rather than by
 * `fitBounds`, which wraps longitudes past 180° and so would cut Chukotka off.
 */
export function viewForBox(
  box: readonly [number, number, number, number],
  width: number,
  height: number,
  padding = 12,
): { center: [number, number]; zoom: number } {
  const [w, s, e, n] = box;
  const tile = 512;
  const spanX = (e - w) / 360;
  const spanY = (mercatorY(n) - mercatorY(s)) / (2 * Math.PI);
  const zoomX = Math.log2(Math.max(1, width - 2 * padding) / (tile * spanX));
  const zoomY = Math.log2(Math.max(1, height - 2 * padding) / (tile * spanY));
  return {
    center: [(w + e) / 2, inverseMercatorY((mercatorY(n) + mercatorY(s)) / 2)],
    zoom: Math.min(zoomX, zoomY),
  };
}
