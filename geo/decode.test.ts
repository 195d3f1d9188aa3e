import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { REGION_OBJECTS, decodeRegion } from './decode';

/**
 * A small region topology written by hand (no quantisation, so arc positions are absolute):
 * arc 0 is the unit square, arc 1 a square from 2 to 3.
 */
function topology(objects: Record<string, unknown>): Topology {
  return {
    type: 'Topology',
    arcs: [
      [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 1],
        [0, 0],
      ],
      [
        [2, 2],
        [3, 2],
        [3, 3],
        [2, 3],
        [2, 2],
      ],
    ],
    objects: {
      countries: {
        type: 'GeometryCollection',
        geometries: [
          {
            type: 'Polygon',
            arcs: [[0]],
            properties: { iso3: 'AAA', name: 'Alpha', postSoviet: true },
          },
          {
            type: 'MultiPolygon',
            arcs: [[[0]], [[1]]],
            properties: { iso3: 'BBB', name: 'Beta', postSoviet: false },
          },
        ],
      },
      territories: {
        type: 'GeometryCollection',
        geometries: [{ type: 'Polygon', arcs: [[1]], properties: { id: 'gamma' } }],
      },
      labels: {
        type: 'GeometryCollection',
        geometries: [
          { type: 'Point', coordinates: [0.5, 0.5], properties: { iso3: 'AAA', name: 'Alpha' } },
        ],
      },
      ...objects,
    },
  } as unknown as Topology;
}

const unitSquare = [
  [0, 0],
  [1, 0],
  [1, 1],
  [0, 1],
  [0, 0],
];
const farSquare = [
  [2, 2],
  [3, 2],
  [3, 3],
  [2, 3],
  [2, 2],
];

describe('decodeRegion', () => {
  it('names the three objects every region topology has', () => {
    expect(REGION_OBJECTS).toEqual(['countries', 'territories', 'labels']);
  });

  it('decodes countries, territories and labels with their properties and positions', () => {
    const region = decodeRegion(topology({}));
    expect(region.countries).toEqual({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { iso3: 'AAA', name: 'Alpha', postSoviet: true },
          geometry: { type: 'Polygon', coordinates: [unitSquare] },
        },
        {
          type: 'Feature',
          properties: { iso3: 'BBB', name: 'Beta', postSoviet: false },
          geometry: { type: 'MultiPolygon', coordinates: [[unitSquare], [farSquare]] },
        },
      ],
    });
    expect(region.territories).toEqual({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { id: 'gamma' },
          geometry: { type: 'Polygon', coordinates: [farSquare] },
        },
      ],
    });
    expect(region.labels).toEqual({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { iso3: 'AAA', name: 'Alpha' },
          geometry: { type: 'Point', coordinates: [0.5, 0.5] },
        },
      ],
    });
  });

  it('decodes a topology once and hands the same collections back after that', () => {
    const region = topology({});
    const first = decodeRegion(region);
    expect(decodeRegion(region)).toBe(first);
    expect(decodeRegion(topology({}))).not.toBe(first);
  });

  it('names the object that is missing', () => {
    const noTerritories = topology({});
    delete (noTerritories.objects as Record<string, unknown>).territories;
    expect(() => decodeRegion(noTerritories)).toThrowError(
      'decodeRegion: topology has no GeometryCollection named "territories"',
    );
  });

  it('refuses an object that is not a GeometryCollection', () => {
    const labelsAsPoint = topology({ labels: { type: 'Point', coordinates: [0, 0] } });
    expect(() => decodeRegion(labelsAsPoint)).toThrowError(
      'decodeRegion: topology has no GeometryCollection named "labels"',
    );
  });

  it('refuses countries or territories that hold something other than polygons', () => {
    const pointCountry = {
      type: 'GeometryCollection',
      geometries: [{ type: 'Point', coordinates: [0, 0], properties: { iso3: 'CCC' } }],
    };
    expect(() => decodeRegion(topology({ countries: pointCountry }))).toThrowError(
      'decodeRegion: "countries" holds non-polygon geometry',
    );
    expect(() => decodeRegion(topology({ territories: pointCountry }))).toThrowError(
      'decodeRegion: "territories" holds non-polygon geometry',
    );
  });

  it('refuses labels that are not points', () => {
    const polygonLabel = {
      type: 'GeometryCollection',
      geometries: [{ type: 'Polygon', arcs: [[0]], properties: { iso3: 'AAA', name: 'Alpha' } }],
    };
    expect(() => decodeRegion(topology({ labels: polygonLabel }))).toThrowError(
      'decodeRegion: "labels" holds non-point geometry',
    );
  });
});
