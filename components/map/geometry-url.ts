/** Where the map's own assets are served (copied or written by scripts/prepare-assets.ts). */
export const GEOMETRY_URL = '/generated/geo/region.topo.json';
/** MapLibre GL JS's ES module build, served by us so the page can preload it. */
export const MAPLIBRE_URL = '/generated/maplibre-gl.mjs';
