/** Where the region's TopoJSON is served (written by scripts/prepare-assets.ts). */
export const GEOMETRY_URL = '/generated/geo/region.topo.json';
