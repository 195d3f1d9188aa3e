/**
 * Bounds of a geometry with turf's small `bbox` module alone (the browser imports this, and the
 * whole of @turf/turf would weigh on its bundle).
 * Longitudes may run past 180° (Russia's Chukotka is stored shifted by +360).
 */
import { bbox } from '@turf/bbox';
import type { Geometry, Position } from 'geojson';

/** `[[west, south], [east, north]]`. */
export type LngLatBoundsTuple = [[number, number], [number, number]];

/** Min/max longitude and latitude over a list of positions, with an optional longitude shift for negatives (`[west, south, east, north]`). */
export function extent(
  positions: readonly Position[],
  shiftNegative: boolean,
): [number, number, number, number] {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const position of positions) {
    const rawLng = position[0] ?? 0;
    const lng = shiftNegative && rawLng < 0 ? rawLng + 360 : rawLng;
    const lat = position[1] ?? 0;
    if (lng < west) west = lng;
    if (lng > east) east = lng;
    if (lat < south) south = lat;
    if (lat > north) north = lat;
  }
  return [west, south, east, north];
}

/** Every position of a geometry, whatever its type. */
function positionsOf(geometry: Geometry): Position[] {
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return geometry.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return geometry.coordinates.flat();
    case 'MultiPolygon':
      return geometry.coordinates.flat(2);
    case 'GeometryCollection':
      return geometry.geometries.flatMap(positionsOf);
  }
}

/**
 * Bounds of a country for `map.fitBounds`, over all of its parts.
 *
 * Longitudes are returned as stored: Russia's shifted Chukotka gives an east
 * edge of ~190°, which MapLibre handles. If a feature is stored in the
 * [-180, 180] convention and straddles the antimeridian (its naive width
 * exceeds 180°), the negative longitudes are shifted by +360 so that the
 * bounds are the narrow box across the antimeridian rather than the whole
 * globe.
 *
 * Pass the full feature (e.g. from `decodeRegion(topology).countries`), not
 * one from `map.querySourceFeatures`, which is clipped to the loaded tiles.
 *
 * @param feature - a feature with any geometry (normally a Polygon or MultiPolygon)
 * @returns `[[west, south], [east, north]]`
 * @throws if the geometry has no positions
 */
export function countryBounds(feature: { geometry: Geometry }): LngLatBoundsTuple {
  const positions = positionsOf(feature.geometry);
  if (positions.length === 0) throw new Error('countryBounds: feature has no coordinates');
  let [west, south, east, north] = bbox(feature.geometry) as [number, number, number, number];
  if (east - west > 180) {
    const shifted = extent(positions, true);
    if (shifted[2] - shifted[0] < east - west) [west, south, east, north] = shifted;
  }
  return [
    [west, south],
    [east, north],
  ];
}
