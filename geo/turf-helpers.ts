/**
 * Small, single-purpose geometry helpers for the build (geo/build.ts,
 * scripts/prepare-assets.ts): polygons, areas, the largest part, a label
 * point. Build time only: they use the whole of @turf/turf, a devDependency;
 * what the browser needs (bounds) is in bounds.ts, on turf's small `bbox`.
 *
 * All helpers accept longitudes outside [-180, 180] (Russia's Chukotka is
 * stored shifted by +360, up to ~190°E, so that its rings never jump across
 * the antimeridian).
 */
import { area, booleanPointInPolygon, centerOfMass, polygon } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { extent } from './bounds';

/** A polygonal feature as drawn by the atlas (a country or a territory). */
export type PolygonalFeature = Feature<Polygon | MultiPolygon>;

/** Square kilometres per square metre. */
const KM2_PER_M2 = 1e-6;

/**
 * The polygons (each an array of rings, outer ring first) of a polygonal
 * feature, whether it is a Polygon or a MultiPolygon.
 */
export function polygonsOf(feature: PolygonalFeature): Position[][][] {
  const geometry = feature.geometry;
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/**
 * Spherical area of a polygonal feature in km² (`turf.area / 1e6`).
 *
 * turf.area integrates on the sphere from longitude differences, so it is
 * unaffected by the +360 shift applied to Chukotka (it is, however, wrong for
 * rings that jump from 180 to -180, which is one reason the shift exists).
 *
 * @param feature - a Polygon or MultiPolygon feature
 * @returns the area in square kilometres
 */
export function areaKm2(feature: PolygonalFeature): number {
  return area(feature) * KM2_PER_M2;
}

/**
 * Sum of {@link areaKm2} over several features.
 *
 * @param features - polygonal features (an empty list gives 0)
 * @returns the total area in square kilometres
 */
export function totalAreaKm2(features: readonly PolygonalFeature[]): number {
  return features.reduce((sum, feature) => sum + areaKm2(feature), 0);
}

/**
 * The largest polygon (by spherical area) of a polygonal feature, as a
 * Polygon feature carrying the original properties.
 *
 * @param feature - a Polygon or MultiPolygon feature
 * @returns the largest part
 */
export function largestPolygon<P extends Feature['properties']>(
  feature: Feature<Polygon | MultiPolygon, P>,
): Feature<Polygon, P> {
  let best: Position[][] | undefined;
  let bestArea = -Infinity;
  for (const rings of polygonsOf(feature)) {
    const partArea = area(polygon(rings));
    if (partArea > bestArea) {
      bestArea = partArea;
      best = rings;
    }
  }
  if (!best) throw new Error('largestPolygon: feature has no polygons');
  return polygon(best, feature.properties);
}

/** A point in a local equirectangular plane (x scaled by cos of the mean latitude). */
interface PlanarPoint {
  x: number;
  y: number;
}

/** Squared distance from p to the segment ab. */
function segmentDistanceSquared(p: PlanarPoint, a: PlanarPoint, b: PlanarPoint): number {
  let x = a.x;
  let y = a.y;
  let dx = b.x - x;
  let dy = b.y - y;
  if (dx !== 0 || dy !== 0) {
    const t = ((p.x - x) * dx + (p.y - y) * dy) / (dx * dx + dy * dy);
    if (t > 1) {
      x = b.x;
      y = b.y;
    } else if (t > 0) {
      x += dx * t;
      y += dy * t;
    }
  }
  dx = p.x - x;
  dy = p.y - y;
  return dx * dx + dy * dy;
}

/**
 * Signed distance from a point to a polygon's boundary in the local plane:
 * positive inside, negative outside (holes count as outside).
 */
function signedDistance(p: PlanarPoint, rings: readonly PlanarPoint[][]): number {
  let inside = false;
  let minDistanceSquared = Infinity;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i];
      const b = ring[j];
      if (!a || !b) continue;
      if (a.y > p.y !== b.y > p.y && p.x < ((b.x - a.x) * (p.y - a.y)) / (b.y - a.y) + a.x)
        inside = !inside;
      minDistanceSquared = Math.min(minDistanceSquared, segmentDistanceSquared(p, a, b));
    }
  }
  return (inside ? 1 : -1) * Math.sqrt(minDistanceSquared);
}

/** Projects a polygon's rings into a local equirectangular plane centred on its latitude span. */
function toLocalPlane(rings: readonly Position[][]): { cosLat: number; planar: PlanarPoint[][] } {
  const [, south, , north] = extent(rings[0] ?? [], false);
  const cosLat = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const planar = rings.map((ring) =>
    ring.map((p): PlanarPoint => ({ x: (p[0] ?? 0) * cosLat, y: p[1] ?? 0 })),
  );
  return { cosLat, planar };
}

/** A square search cell for {@link poleOfInaccessibility}. */
interface Cell {
  x: number;
  y: number;
  half: number;
  distance: number;
  potential: number;
}

/**
 * Pole of inaccessibility (the interior point farthest from the boundary) of
 * a polygon, found with the quadtree search of Mapbox's polylabel, in a local
 * equirectangular plane. Returns the point and its distance (in degrees of
 * latitude) to the boundary.
 */
function poleOfInaccessibility(rings: Position[][]): { point: [number, number]; distance: number } {
  const [west, south, east, north] = extent(rings[0] ?? [], false);
  const { cosLat, planar } = toLocalPlane(rings);
  const minX = west * cosLat;
  const maxX = east * cosLat;
  const width = maxX - minX;
  const height = north - south;
  const precision = Math.max(width, height) / 1000;

  const makeCell = (x: number, y: number, half: number): Cell => {
    const distance = signedDistance({ x, y }, planar);
    return { x, y, half, distance, potential: distance + half * Math.SQRT2 };
  };

  const cellSize = Math.min(width, height);
  let best = makeCell(minX + width / 2, south + height / 2, 0);
  if (cellSize === 0) return { point: [best.x / cosLat, best.y], distance: 0 };

  const queue: Cell[] = [];
  const half = cellSize / 2;
  for (let x = minX; x < maxX; x += cellSize) {
    for (let y = south; y < north; y += cellSize) queue.push(makeCell(x + half, y + half, half));
  }
  while (queue.length > 0) {
    // Pop the cell with the highest potential (a linear scan is fast enough here).
    let index = 0;
    for (let i = 1; i < queue.length; i++) {
      if ((queue[i]?.potential ?? -Infinity) > (queue[index]?.potential ?? -Infinity)) index = i;
    }
    const cell = queue.splice(index, 1)[0];
    if (!cell) break;
    if (cell.distance > best.distance) best = cell;
    if (cell.potential - best.distance <= precision) continue;
    const quarter = cell.half / 2;
    queue.push(
      makeCell(cell.x - quarter, cell.y - quarter, quarter),
      makeCell(cell.x + quarter, cell.y - quarter, quarter),
      makeCell(cell.x - quarter, cell.y + quarter, quarter),
      makeCell(cell.x + quarter, cell.y + quarter, quarter),
    );
  }
  return { point: [best.x / cosLat, best.y], distance: best.distance };
}

/**
 * A label anchor well inside a country: the centre of mass of its largest
 * polygon when that lies comfortably inside (at least half as deep as the
 * deepest interior point), else the pole of inaccessibility of that polygon
 * (for crescents and long thin countries such as Norway or Croatia).
 *
 * @param feature - a Polygon or MultiPolygon feature
 * @returns `[lng, lat]`, always inside the feature's largest polygon
 */
export function labelPoint(feature: PolygonalFeature): [number, number] {
  const largest = largestPolygon(feature);
  const rings = largest.geometry.coordinates;
  const pole = poleOfInaccessibility(rings);
  const centre = centerOfMass(largest).geometry.coordinates;
  const centreLng = centre[0];
  const centreLat = centre[1];
  if (
    centreLng !== undefined &&
    centreLat !== undefined &&
    booleanPointInPolygon([centreLng, centreLat], largest)
  ) {
    const { cosLat, planar } = toLocalPlane(rings);
    const depth = signedDistance({ x: centreLng * cosLat, y: centreLat }, planar);
    if (depth >= pole.distance / 2) return [centreLng, centreLat];
  }
  return pole.point;
}
