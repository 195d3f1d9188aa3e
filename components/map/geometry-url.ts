/** Where the map's own assets are served (copied or written by scripts/prepare-assets.ts). */
export const GEOMETRY_URL = '/generated/geo/region.topo.json';
/** MapLibre GL JS's ES module build, served by us so the page can preload it. */
export const MAPLIBRE_URL = '/generated/maplibre-gl.mjs';
/** The social preview image of a page (`/csto/2008`), written by scripts/og-images.ts. */
export const ogImageUrl = (layer: string, year: number): string =>
  `/generated/og/${layer}/${year}.png`;
