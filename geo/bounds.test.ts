import { describe, expect, it } from 'vitest';
import { countryBounds, extent } from './bounds';

describe('extent', () => {
  it('is [west, south, east, north] over the positions', () => {
    expect(
      extent(
        [
          [10, 20],
          [-170, 5],
          [30, -40],
        ],
        false,
      ),
    ).toEqual([-170, -40, 30, 20]);
  });
  it('shifts negative longitudes by 360 when asked', () => {
    expect(
      extent(
        [
          [10, 20],
          [-170, 5],
          [30, -40],
        ],
        true,
      ),
    ).toEqual([10, -40, 190, 20]);
  });
  it('leaves longitude 0 where it is when shifting', () => {
    expect(
      extent(
        [
          [0, 0],
          [-1, 1],
        ],
        true,
      ),
    ).toEqual([0, 0, 359, 1]);
  });
  it('reads a missing coordinate as 0', () => {
    expect(extent([[5], []], false)).toEqual([0, 0, 5, 0]);
  });
  it('is an empty box, west of east, for no positions', () => {
    expect(extent([], false)).toEqual([Infinity, Infinity, -Infinity, -Infinity]);
  });
  it('gives a single position as a box of no size', () => {
    expect(extent([[30, 50]], false)).toEqual([30, 50, 30, 50]);
  });
});

describe('countryBounds of other geometries', () => {
  it('is a box of no size around a point', () => {
    expect(countryBounds({ geometry: { type: 'Point', coordinates: [30, 50] } })).toEqual([
      [30, 50],
      [30, 50],
    ]);
  });
  it('covers the points of a multi-point and every member of a collection', () => {
    expect(
      countryBounds({
        geometry: {
          type: 'MultiPoint',
          coordinates: [
            [30, 50],
            [35, 45],
          ],
        },
      }),
    ).toEqual([
      [30, 45],
      [35, 50],
    ]);
    expect(
      countryBounds({
        geometry: {
          type: 'GeometryCollection',
          geometries: [
            { type: 'Point', coordinates: [30, 50] },
            {
              type: 'MultiLineString',
              coordinates: [
                [
                  [20, 40],
                  [21, 41],
                ],
              ],
            },
          ],
        },
      }),
    ).toEqual([
      [20, 40],
      [30, 50],
    ]);
  });
  it('fails for a feature with no coordinates', () => {
    expect(() =>
      countryBounds({ geometry: { type: 'MultiPolygon', coordinates: [] } }),
    ).toThrowError('countryBounds: feature has no coordinates');
  });
  it('keeps the plain box of a wide feature when shifting would only make it wider', () => {
    // 190° wide as stored; with negatives shifted it would run from 100° to 350°.
    expect(
      countryBounds({
        geometry: {
          type: 'MultiPoint',
          coordinates: [
            [-90, 10],
            [-10, 20],
            [100, 30],
          ],
        },
      }),
    ).toEqual([
      [-90, 10],
      [100, 30],
    ]);
  });
  it('shifts a feature stored across the antimeridian to the narrow box', () => {
    expect(
      countryBounds({
        geometry: {
          type: 'MultiPoint',
          coordinates: [
            [-100, 10],
            [100, 30],
          ],
        },
      }),
    ).toEqual([
      [100, 10],
      [260, 30],
    ]);
  });
});
