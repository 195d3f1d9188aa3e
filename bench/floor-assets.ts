/**
 * The benchmark's FLOOR page, written by `npm run bench` (and bench/profile.ts) into
 * `generated/bench/` of public/ (served by `next start`, which lists public/ when it starts) and of
 * the static export in out/: a static HTML page whose one script (bench/floor-page.ts, bundled
 * here with esbuild) loads only MapLibre GL JS (the same dist file the app loads), the same
 * TopoJSON from the same server, and draws it with the app's own style, options, opening view and
 * pattern images. It is what the atlas page cannot beat, so the benchmark reports the atlas as a
 * ratio against it. Beside it, a small static file: the throughput floor.
 */
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { buildSync } from 'esbuild';

/** Where the floor is served, relative to the origin. */
export const FLOOR_PATH = '/generated/bench/floor.html';
/**
 * A small static file: the throughput floor. bench/throughput.ts reports each server's requests
 * per second for a page, the geometry and a JS chunk as ratios to this file from the same server.
 */
export const SMALL_FILE_PATH = '/generated/bench/small.txt';
const SMALL_FILE_TEXT = 'CIS Atlas benchmark: a small static file, the throughput floor.\n';

const root = join(__dirname, '..');

/** The page: a map frame the size the script gives it, and the script. */
const FLOOR_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>CIS Atlas benchmark floor</title>
<link rel="stylesheet" href="maplibre-gl.css">
<style>html,body{margin:0}#map{position:relative}#map .canvas{position:absolute;inset:0}</style>
</head>
<body>
<div id="map" data-testid="map-main" data-map-status="loading"><div class="canvas"></div></div>
<script type="module" src="floor.js"></script>
</body>
</html>
`;

/** Writes the floor page, its script and its copies of MapLibre's files into `<generated>/bench/`. */
function writeFloorAt(generated: string, script: Uint8Array): void {
  const require = createRequire(__filename);
  const dir = join(generated, 'bench');
  mkdirSync(dir, { recursive: true });
  for (const file of ['maplibre-gl.mjs', 'maplibre-gl.css', 'maplibre-gl-worker.mjs'])
    copyFileSync(require.resolve(`maplibre-gl/dist/${file}`), join(dir, file));
  writeFileSync(join(dir, 'floor.js'), script);
  writeFileSync(join(dir, 'floor.html'), FLOOR_HTML);
  writeFileSync(join(dir, 'small.txt'), SMALL_FILE_TEXT);
}

/**
 * Bundles the floor's script (minified, as the app's are) and writes the floor into public/ and,
 * if there is a static export, into out/.
 */
export function writeFloorAssets(): void {
  const { outputFiles } = buildSync({
    entryPoints: [join(__dirname, 'floor-page.ts')],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    minify: true,
    write: false,
    outfile: 'floor.js',
    tsconfig: join(root, 'tsconfig.json'),
    logLevel: 'warning',
  });
  const script = outputFiles[0]!.contents;
  writeFloorAt(join(root, 'public', 'generated'), script);
  if (existsSync(join(root, 'out'))) writeFloorAt(join(root, 'out', 'generated'), script);
}
