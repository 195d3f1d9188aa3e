/**
 * MapLibre and the region's geometry, loaded and decoded once per page for every map on it. The
 * page's HTML already asks for both (a `modulepreload` and a `preload` in app/page.tsx), so the
 * requests are under way long before a map is made: starting them earlier from the module, as
 * the map once did (skipping pages whose URL asked for the table), gained nothing measurable once
 * the HTML preloaded them.
 */
import { decodeRegion, type DecodedRegion } from '@/geo/decode';
import { GEOMETRY, MAPLIBRE, MAPLIBRE_WORKER } from '@/assets';

export interface MapAssets {
  maplibre: typeof import('maplibre-gl');
  region: DecodedRegion;
}

let assets: Promise<MapAssets> | null = null;

/** Whether this browser can draw the map at all. */
export function hasWebGl(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    return false;
  }
}

/**
 * The shared load, started by the first map made and awaited by every other; a failure is not
 * kept, so that a map made later tries again.
 */
export function loadMapAssets(): Promise<MapAssets> {
  if (assets) return assets;
  const loading = Promise.all([
    // Our own copy (see scripts/prepare-assets.ts), outside the bundle, so that the page's HTML
    // can preload it.
    import(/* webpackIgnore: true */ /* turbopackIgnore: true */ MAPLIBRE.url) as Promise<
      typeof import('maplibre-gl')
    >,
    loadRegion(),
  ]).then(([maplibre, region]) => {
    maplibre.setWorkerUrl(MAPLIBRE_WORKER.url);
    return { maplibre, region };
  });
  assets = loading;
  loading.catch(() => {
    if (assets === loading) assets = null;
  });
  return loading;
}

let regionOnly: Promise<DecodedRegion> | null = null;

/**
 * The geometry, decoded once per page: for MapLibre's maps (through `loadMapAssets`) and alone
 * for the map drawn without WebGL. A failure is not kept either.
 */
export function loadRegion(): Promise<DecodedRegion> {
  if (regionOnly) return regionOnly;
  const loading = fetch(GEOMETRY.url).then(async (r) => {
    if (!r.ok) throw new Error(`The map geometry could not be loaded (HTTP ${r.status}).`);
    return decodeRegion((await r.json()) as Parameters<typeof decodeRegion>[0]);
  });
  regionOnly = loading;
  loading.catch(() => {
    if (regionOnly === loading) regionOnly = null;
  });
  return loading;
}
