/**
 * The benchmark's FLOOR page, written at build time by scripts/prepare-assets.ts into
 * public/generated/bench/: a static HTML page that loads only MapLibre GL JS (the same dist file
 * the app bundles), the same TopoJSON from the same server, decodes the same three objects with
 * topojson-client, and draws them with the same style (`atlasStyle()`, inlined in the page with
 * empty sources that the page fills in), the same pattern images and the same map options. It is
 * what the atlas page cannot beat, so the benchmark reports the atlas as a ratio against it. The
 * options, the opening view and the pattern list come from components/map/ as JSON, and the set-up
 * (`setUpMap`, `drawPatternTile`) is the app's own code, inlined from its source text.
 *
 * Differences, on purpose: the floor has no records, so its territory-marker and event sources are
 * empty (the app's are a few points, drawn only when active), and it sets no feature state.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { MAP_OPTIONS, OPENING_VIEW, setUpMap } from '../components/map/map-options';
import { GEOMETRY } from '@/assets';
import { atlasStyle } from '@/components/map/map-style';
import { PATTERNS, drawPatternTile } from '@/components/map/pattern-tiles';

/** Where the floor is served, relative to the origin. */
export const FLOOR_PATH = '/generated/bench/floor.html';
/**
 * A small static file: the throughput floor. bench/run.ts reports each server's requests per
 * second for a page, the geometry and a JS chunk as ratios to this file from the same server.
 */
export const SMALL_FILE_PATH = '/generated/bench/small.txt';
export const SMALL_FILE_TEXT = 'CIS Atlas benchmark: a small static file, the throughput floor.\n';
const ORIGIN_PLACEHOLDER = '__ORIGIN__';

/** What the floor's page script needs: the style with empty sources, the map options, the patterns. */
export function floorConfig(): unknown {
  const empty: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };
  return {
    origin: ORIGIN_PLACEHOLDER,
    style: atlasStyle(ORIGIN_PLACEHOLDER, {
      countries: empty,
      territories: empty,
      territoryPoints: empty,
      labels: empty,
      events: empty,
      presence: empty,
    }),
    options: MAP_OPTIONS,
    view: OPENING_VIEW,
    patterns: PATTERNS,
  };
}

/**
 * The page. Like the app, it fetches the geometry and imports MapLibre in parallel, and it uses
 * the same opening view (the region's bounds, fitted by MapLibre), controls and options.
 * `?w=&h=` set the map's size (the benchmark passes the app's), otherwise it fills the window.
 * On its first idle it records `window.__benchLoad.idleAt` (ms since navigation start).
 */
function floorHtml(config: unknown): string {
  // JSON inside a <script> element: escape "<" so that no "</script>" can end it early.
  const json = JSON.stringify(config).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>CIS Atlas benchmark floor</title>
<link rel="stylesheet" href="maplibre-gl.css">
<script src="topojson-client.min.js"></script>
<style>html,body{margin:0}#map{position:relative}#map .canvas{position:absolute;inset:0}</style>
</head>
<body>
<div id="map" data-testid="map-main" data-map-status="loading"><div class="canvas"></div></div>
<script type="application/json" id="floor-config">${json}</script>
<script type="module">
const rec = (window.__benchLoad ??= {});
rec.floor = true;
const cfg = JSON.parse(document.getElementById('floor-config').textContent);
const q = new URLSearchParams(location.search);
const frame = document.getElementById('map');
frame.style.width = (q.get('w') ?? String(innerWidth)) + 'px';
frame.style.height = (q.get('h') ?? String(innerHeight)) + 'px';
const container = frame.firstElementChild;
const [maplibre, topo] = await Promise.all([
  import('./maplibre-gl.mjs'),
  fetch('${GEOMETRY.url}').then((r) => r.json()),
]);
const decode = (name) => topojson.feature(topo, topo.objects[name]);
const countries = decode('countries');
const territories = decode('territories');
const labels = decode('labels');
const postSoviet = new Set(countries.features.filter((f) => f.properties.postSoviet).map((f) => f.properties.iso3));
for (const f of labels.features) f.properties.postSoviet = postSoviet.has(f.properties.iso3);
const style = JSON.parse(JSON.stringify(cfg.style).replaceAll(cfg.origin, location.origin));
// The app's own set-up code (components/map/), from its source text. tsx (esbuild) may name
// functions with \`__name(...)\`: give the page a no-op one.
const __name = (f) => f;
${setUpMap.toString()}
${drawPatternTile.toString()}
style.sources.countries.data = countries;
style.sources.territories.data = territories;
style.sources.labels.data = labels;
maplibre.setWorkerUrl(new URL('maplibre-gl-worker.mjs', location.href).href);
const map = new maplibre.Map({ ...cfg.options, ...cfg.view, container, style, hash: true });
map.on('idle', () => {
  if (rec.idleAt == null && map.loaded()) rec.idleAt = performance.now();
});
setUpMap(map, maplibre.NavigationControl, cfg.patterns, drawPatternTile);
map.on('load', () => {
  (window.__atlasMaps ??= {})['map-main'] = map;
  frame.dataset.mapStatus = 'ready';
});
</script>
</body>
</html>
`;
}

/** Writes the floor page and its copies of the library files into `<generated>/bench/`. */
export function writeFloorAssets(generated: string): void {
  const require = createRequire(__filename);
  const dir = join(generated, 'bench');
  mkdirSync(dir, { recursive: true });
  for (const file of ['maplibre-gl.mjs', 'maplibre-gl.css', 'maplibre-gl-worker.mjs'])
    copyFileSync(require.resolve(`maplibre-gl/dist/${file}`), join(dir, file));
  copyFileSync(
    require.resolve('topojson-client/dist/topojson-client.min.js'),
    join(dir, 'topojson-client.min.js'),
  );
  writeFileSync(join(dir, 'floor.html'), floorHtml(floorConfig()));
  writeFileSync(join(dir, 'small.txt'), SMALL_FILE_TEXT);
}
