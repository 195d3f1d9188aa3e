/**
 * The map's own style: static layer specifications and pure builders, tested without a browser.
 * A year change only changes feature state; a change of mode (status, overlap, change) swaps one
 * paint expression. Nothing here re-uploads geometry. The names, colours and paint builders it
 * shares with the map runtime live in map-vocabulary.ts, its colours in model/palette.ts.
 */
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { FONT_FILES, fontFile } from '@/assets';
import {
  BORDER_COLOR,
  READINGS_COLOR,
  PATTERN_KINDS,
  SEA_COLOR,
  PRESENCE_COLOR,
  STATUS_STYLES,
} from '@/model/palette';
import {
  LABEL_FONT,
  LAYER_BORDERS,
  LAYER_EVENTS,
  LAYER_PRESENCE,
  LAYER_FILL,
  LAYER_HIGHLIGHT,
  LAYER_READINGS,
  LAYER_LABELS,
  LAYER_STATE_LABELS,
  SHORT_LABEL_BELOW_ZOOM,
  LAYER_TERRITORY_FILL,
  LAYER_TERRITORY_LABEL,
  LAYER_TERRITORY_LINE,
  LAYER_TERRITORY_POINT,
  SOURCE_COUNTRIES,
  SOURCE_EVENTS,
  SOURCE_PRESENCE,
  SOURCE_LABELS,
  SOURCE_TERRITORIES,
  SOURCE_TERRITORY_POINTS,
  TERRITORY_HATCH,
  fillColorFor,
  patternImageName,
  patternLayerId,
  patternOpacityFor,
} from './map-vocabulary';
import { activeOpacity, markerLayer } from './marker-layers';
import type { AtlasStyleData } from './style-data';

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
    // States another source reads otherwise: violet dashes on a white casing, inside the border.
    ...[5, 3].map((width, i): LayerSpecification => ({
      id: i === 0 ? `${LAYER_READINGS}-casing` : LAYER_READINGS,
      type: 'line',
      source: SOURCE_COUNTRIES,
      filter: ['boolean', ['get', 'postSoviet'], false],
      paint: {
        'line-color': i === 0 ? '#ffffff' : READINGS_COLOR,
        'line-width': ['case', ['boolean', ['feature-state', 'reading'], false], width, 0],
        'line-offset': 2.5,
        ...(i === 1 ? { 'line-dasharray': [1.6, 1.1] } : {}),
      },
    })),
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
      // A ring, small at the opening zoom, so that the state beneath shows through it (Moldova
      // under Transnistria's marker); the pointer reaches the state through it (atlas-map.ts).
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 2, 3, 6, 6],
        'circle-color': '#ffffff',
        'circle-stroke-color': '#222',
        'circle-stroke-width': ['interpolate', ['linear'], ['zoom'], 2, 1.2, 6, 2],
        'circle-opacity': activeOpacity(0.35),
        'circle-stroke-opacity': activeOpacity(1),
      },
    },
    // Event dots, black; Russian presence points, dark red: each shown only while active.
    markerLayer(LAYER_EVENTS, SOURCE_EVENTS, '#111', [3, 5], 2),
    markerLayer(LAYER_PRESENCE, SOURCE_PRESENCE, PRESENCE_COLOR, [3.5, 6], 1.5),
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
      filter: ['!', ['boolean', ['get', 'postSoviet'], false]],
      layout: {
        'text-field': ['get', 'name'],
        'text-font': [LABEL_FONT],
        'text-size': ['interpolate', ['linear'], ['zoom'], 2, 10, 6, 15],
        'text-max-width': 8,
        'text-padding': 2,
      },
      paint: {
        'text-color': '#555',
        'text-halo-color': 'rgba(255,255,255,0.9)',
        'text-halo-width': 1.4,
      },
    },
    {
      // Above the neighbours' labels, so placed first: every one of the fifteen is shown, and
      // neighbours' labels give way to them.
      id: LAYER_STATE_LABELS,
      type: 'symbol',
      source: SOURCE_LABELS,
      filter: ['boolean', ['get', 'postSoviet'], false],
      layout: {
        'text-field': [
          'step',
          ['zoom'],
          ['coalesce', ['get', 'short'], ['get', 'name']],
          SHORT_LABEL_BELOW_ZOOM,
          ['get', 'name'],
        ],
        'text-font': [LABEL_FONT],
        'text-size': ['interpolate', ['linear'], ['zoom'], 2, 11, 6, 16],
        'text-anchor': ['coalesce', ['get', 'anchor'], 'center'],
        'text-max-width': 8,
        'text-allow-overlap': true,
      },
      paint: {
        'text-color': '#111',
        'text-halo-color': 'rgba(255,255,255,0.95)',
        'text-halo-width': 1.6,
      },
    },
  ];
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
    // The globe: Russia's north is not inflated as on a Mercator map, so the region fits with
    // the small western and Caucasian states larger, and nothing is cut at 180°.
    projection: { type: 'globe' },
    'font-faces': {
      [LABEL_FONT]: FONT_FILES.map((f) => ({
        url: `${origin}${fontFile(f.file).url}`,
        'unicode-range': [...f.ranges],
      })),
    },
    sources: {
      [SOURCE_COUNTRIES]: { type: 'geojson', data: data.countries, promoteId: 'iso3' },
      [SOURCE_TERRITORIES]: { type: 'geojson', data: data.territories, promoteId: 'id' },
      [SOURCE_TERRITORY_POINTS]: { type: 'geojson', data: data.territoryPoints, promoteId: 'id' },
      [SOURCE_LABELS]: { type: 'geojson', data: data.labels },
      [SOURCE_EVENTS]: { type: 'geojson', data: data.events, promoteId: 'id' },
      [SOURCE_PRESENCE]: { type: 'geojson', data: data.presence, promoteId: 'id' },
    },
    layers: baseLayers(),
  };
}
