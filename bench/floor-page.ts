/**
 * The script of the benchmark's FLOOR page, run in the browser: bench/floor-assets.ts bundles it
 * with esbuild into /generated/bench/floor.js. Like the app, it imports MapLibre (the same dist
 * file, copied beside it) and fetches the geometry in parallel, decodes it with the app's decoder,
 * and draws it with the app's style, options, opening view, controls and pattern images, all from
 * the app's own modules. On its first idle it records `window.__benchLoad.idleAt` (ms since
 * navigation start). `?w=&h=` set the map's size (the benchmark passes the app's), otherwise it
 * fills the window.
 *
 * Differences, on purpose: the floor has no records, so its territory-marker, event and presence
 * sources are empty (the app's are a few points, drawn only when active), its labels carry the
 * geometry's names, and it sets no feature state.
 */
import { GEOMETRY } from '@/assets';
import { MAP_OPTIONS, OPENING_VIEW, setUpMap } from '@/components/map/map-options';
import { atlasStyle } from '@/components/map/map-style';
import { styleData } from '@/components/map/style-data';
import { decodeRegion } from '@/geo/decode';

/** MapLibre's ES module build and its worker, copied beside this script by floor-assets.ts. */
const MAPLIBRE_URL = new URL('maplibre-gl.mjs', import.meta.url).href;
const WORKER_URL = new URL('maplibre-gl-worker.mjs', import.meta.url).href;

const rec = (window.__benchLoad ??= {});
rec.floor = true;
const q = new URLSearchParams(location.search);
const frame = document.getElementById('map')!;
frame.style.width = `${q.get('w') ?? innerWidth}px`;
frame.style.height = `${q.get('h') ?? innerHeight}px`;
const container = frame.firstElementChild as HTMLElement;
const [maplibre, topo] = await Promise.all([
  import(/* @vite-ignore */ MAPLIBRE_URL) as Promise<typeof import('maplibre-gl')>,
  fetch(GEOMETRY.url).then((r) => r.json() as Promise<Parameters<typeof decodeRegion>[0]>),
]);
const region = decodeRegion(topo);
const style = atlasStyle(
  location.origin,
  styleData(region, {
    names: {},
    postSoviet: new Set(
      region.countries.features
        .filter((f) => f.properties.postSoviet)
        .map((f) => f.properties.iso3),
    ),
    labelForms: {},
    territories: [],
    events: [],
    presence: [],
  }),
);
maplibre.setWorkerUrl(WORKER_URL);
const map = new maplibre.Map({ ...MAP_OPTIONS, ...OPENING_VIEW, container, style, hash: true });
map.on('idle', () => {
  if (rec.idleAt == null && map.loaded()) rec.idleAt = performance.now();
});
setUpMap(map, maplibre.NavigationControl);
map.on('load', () => {
  (window.__atlasMaps ??= {})['map-main'] = map;
  frame.dataset.mapStatus = 'ready';
});
