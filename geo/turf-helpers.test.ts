import { describe, it, expect } from 'vitest';
import { booleanPointInPolygon, lineString, multiPolygon, polygon } from '@turf/turf';
import type { Position } from 'geojson';
import { countryBounds } from './bounds';
import { areaKm2, labelPoint, largestPolygon, totalAreaKm2 } from './turf-helpers';

/** A closed axis-aligned rectangle ring. */
function box(west: number, south: number, east: number, north: number): Position[] {
  return [
    [west, south],
    [east, south],
    [east, north],
    [west, north],
    [west, south],
  ];
}

/** Exact spherical area of a lon/lat rectangle on turf's sphere (R = 6371008.8 m), km². */
function sphericalBoxKm2(west: number, south: number, east: number, north: number): number {
  const radiusKm = 6371.0088;
  const rad = Math.PI / 180;
  return radiusKm ** 2 * (east - west) * rad * (Math.sin(north * rad) - Math.sin(south * rad));
}

describe('countryBounds', () => {
  it('returns the bounds of a single polygon as [[west, south], [east, north]]', () => {
    expect(countryBounds(polygon([box(20, 40, 30, 50)]))).toEqual([
      [20, 40],
      [30, 50],
    ]);
  });

  it('covers every part of a multi-polygon country', () => {
    const country = multiPolygon([[box(20, 40, 30, 50)], [box(50, 10, 52, 12)]]);
    expect(countryBounds(country)).toEqual([
      [20, 10],
      [52, 50],
    ]);
  });

  it('keeps longitudes already shifted past 180 (Russia with Chukotka)', () => {
    const russiaLike = multiPolygon([[box(19, 41, 179, 78)], [box(180, 62, 190.5, 70)]]);
    expect(countryBounds(russiaLike)).toEqual([
      [19, 41],
      [190.5, 78],
    ]);
  });

  it('returns the narrow box across the antimeridian for an unshifted straddling feature', () => {
    const straddling = multiPolygon([[box(170, 60, 180, 70)], [box(-180, 62, -169, 66)]]);
    expect(countryBounds(straddling)).toEqual([
      [170, 60],
      [191, 70],
    ]);
  });

  it('accepts any geometry, such as a line', () => {
    expect(
      countryBounds(
        lineString([
          [30, 50],
          [40, 45],
        ]),
      ),
    ).toEqual([
      [30, 45],
      [40, 50],
    ]);
  });
});

describe('areaKm2', () => {
  it('matches the exact spherical area of a one-degree cell at the equator', () => {
    expect(
      Math.abs(areaKm2(polygon([box(0, 0, 1, 1)])) - sphericalBoxKm2(0, 0, 1, 1)),
    ).toBeLessThan(1);
  });

  it('gives the same area for a cell stored with shifted longitudes', () => {
    const plain = areaKm2(polygon([box(-1, 60, 1, 61)]));
    const shifted = areaKm2(polygon([box(179, 60, 181, 61)]));
    expect(Math.abs(plain - shifted)).toBeLessThan(1e-6 * plain);
    expect(Math.abs(plain - sphericalBoxKm2(-1, 60, 1, 61))).toBeLessThan(1);
  });

  it('subtracts holes', () => {
    const withHole = polygon([box(0, 0, 2, 2), box(0.5, 0.5, 1.5, 1.5).reverse()]);
    const expected = sphericalBoxKm2(0, 0, 2, 2) - sphericalBoxKm2(0.5, 0.5, 1.5, 1.5);
    expect(Math.abs(areaKm2(withHole) - expected)).toBeLessThan(1);
  });
});

describe('totalAreaKm2', () => {
  it('is zero for no features', () => {
    expect(totalAreaKm2([])).toBe(0);
  });

  it('sums the areas of several features', () => {
    const a = polygon([box(0, 0, 1, 1)]);
    const b = multiPolygon([[box(10, 10, 11, 11)], [box(20, 0, 21, 1)]]);
    const expected = 2 * sphericalBoxKm2(0, 0, 1, 1) + sphericalBoxKm2(10, 10, 11, 11);
    expect(Math.abs(totalAreaKm2([a, b]) - expected)).toBeLessThan(1);
  });
});

describe('largestPolygon', () => {
  it('picks the part with the largest area and keeps the properties', () => {
    const country = multiPolygon([[box(0, 0, 1, 1)], [box(10, 10, 13, 12)], [box(20, 0, 21, 1)]], {
      iso3: 'XXX',
    });
    const largest = largestPolygon(country);
    expect(largest.geometry.coordinates[0]).toEqual(box(10, 10, 13, 12));
    expect(largest.properties).toEqual({ iso3: 'XXX' });
  });
});

describe('labelPoint', () => {
  it('uses the centre of a convex polygon', () => {
    const [lng, lat] = labelPoint(polygon([box(0, 0, 2, 2)]));
    expect(lng).toBeCloseTo(1, 6);
    expect(lat).toBeCloseTo(1, 6);
  });

  it('stays inside a C-shaped polygon whose centre of mass is outside', () => {
    const cShape = polygon([
      [
        [0, 0],
        [10, 0],
        [10, 2],
        [2, 2],
        [2, 8],
        [10, 8],
        [10, 10],
        [0, 10],
        [0, 0],
      ],
    ]);
    const point = labelPoint(cShape);
    expect(booleanPointInPolygon(point, cShape)).toBe(true);
  });

  it('labels the largest part of a multi-polygon', () => {
    const country = multiPolygon([[box(0, 0, 1, 1)], [box(30, 40, 36, 44)]]);
    const [lng, lat] = labelPoint(country);
    expect(lng).toBeGreaterThan(30);
    expect(lng).toBeLessThan(36);
    expect(lat).toBeGreaterThan(40);
    expect(lat).toBeLessThan(44);
  });

  it('works on longitudes shifted past 180', () => {
    const [lng, lat] = labelPoint(polygon([box(182, 64, 188, 68)]));
    expect(lng).toBeCloseTo(185, 1);
    expect(lat).toBeCloseTo(66, 1);
  });
});

describe('largestPolygon, more cases', () => {
  it('keeps the first of two parts of equal area', () => {
    const country = multiPolygon([[box(0, 0, 1, 1)], [box(10, 0, 11, 1)]]);
    expect(largestPolygon(country).geometry.coordinates[0]).toEqual(box(0, 0, 1, 1));
  });
  it('fails for a feature with no polygons', () => {
    expect(() => largestPolygon(multiPolygon([]))).toThrowError(
      'largestPolygon: feature has no polygons',
    );
  });
  it('returns a polygon as it is', () => {
    expect(largestPolygon(polygon([box(0, 0, 2, 1)])).geometry.coordinates).toEqual([
      box(0, 0, 2, 1),
    ]);
  });
});

describe('labelPoint at the pole of inaccessibility', () => {
  /**
   * A U, 10° square on the equator (so that the local plane is not stretched), open at the top:
   * left arm 3° wide, right arm 2°, bottom 4° deep. Its centre of mass (4.79, -0.86) is in the
   * opening. The deepest point is in the bottom-left corner, at (t, -5 + t) where its distances
   * to the left side, the bottom and the inner corner (3, -1) are equal:
   * t² = (3 - t)² + (4 - t)², so t = 7 - √24 ≈ 2.1010.
   */
  const u = polygon([
    [
      [0, -5],
      [10, -5],
      [10, 5],
      [8, 5],
      [8, -1],
      [3, -1],
      [3, 5],
      [0, 5],
      [0, -5],
    ],
  ]);
  const t = 7 - Math.sqrt(24);

  it('finds the deepest point of a U whose centre of mass is outside it', () => {
    const [lng, lat] = labelPoint(u);
    expect(Math.abs(lng - t)).toBeLessThan(0.05);
    expect(Math.abs(lat - (t - 5))).toBeLessThan(0.05);
  });

  it('finds the same point for the U moved east, as longitudes stored past 180 are', () => {
    const moved = polygon([u.geometry.coordinates[0]!.map(([x, y]) => [x! + 180, y!])]);
    const [lng, lat] = labelPoint(moved);
    expect(Math.abs(lng - (t + 180))).toBeLessThan(0.05);
    expect(Math.abs(lat - (t - 5))).toBeLessThan(0.05);
  });

  it('prefers the deepest point to a centre of mass that lies close to an edge', () => {
    // A bar 1° deep from 0° to 30° east, with a 4° square on its east end: the centre of mass
    // (20.9, 0) is inside the bar but only 0.5° deep; the square's centre (32, 0) is 2° deep.
    const flag = polygon([
      [
        [0, -0.5],
        [30, -0.5],
        [30, -2],
        [34, -2],
        [34, 2],
        [30, 2],
        [30, 0.5],
        [0, 0.5],
        [0, -0.5],
      ],
    ]);
    const [lng, lat] = labelPoint(flag);
    expect(Math.abs(lng - 32)).toBeLessThan(0.05);
    expect(Math.abs(lat)).toBeLessThan(0.05);
  });

  it('labels a polygon of no height on its own line, without searching for a depth', () => {
    const flat = polygon([
      [
        [0, 0],
        [2, 0],
        [2, 0],
        [0, 0],
      ],
    ]);
    const [lng, lat] = labelPoint(flat);
    expect(lat).toBe(0);
    expect(lng).toBeGreaterThanOrEqual(0);
    expect(lng).toBeLessThanOrEqual(2);
  });
});
