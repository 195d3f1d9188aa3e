import { beforeAll, describe, it, expect } from 'vitest';
import { gzipSync } from 'node:zlib';
import { booleanPointInPolygon, lineString, multiPolygon, polygon } from '@turf/turf';
import type { Topology } from 'topojson-specification';
import { buildRegionTopology, maxLongitudeJump, type BuildReport } from './build';
import { CRIMEA_AREA_RANGE_KM2, CRIMEA_BBOX } from './build-sources';
import { countries } from '../data/atlas';
import { POST_SOVIET_ISO3 } from '@/testing/golden-cells';
import { decodeRegion, type DecodedRegion } from './decode';

import { countryBounds } from './bounds';
import { areaKm2 } from './turf-helpers';

const CRIMEA_POINT: [number, number] = [34.1, 45.3];

let topology: Topology;
let report: BuildReport;
let region: DecodedRegion;

beforeAll(() => {
  ({ topology, report } = buildRegionTopology(countries));
  region = decodeRegion(topology);
});

function country(iso3: string): DecodedRegion['countries']['features'][number] {
  const found = region.countries.features.find((f) => f.properties.iso3 === iso3);
  if (!found) throw new Error(`no country ${iso3}`);
  return found;
}

describe('buildRegionTopology', () => {
  it('includes all 15 post-Soviet states, flagged postSoviet, and flags nothing else', () => {
    const flagged = region.countries.features
      .filter((f) => f.properties.postSoviet)
      .map((f) => f.properties.iso3);
    expect([...flagged].sort()).toEqual([...POST_SOVIET_ISO3].sort());
    expect(report.counts.postSoviet).toBe(15);
  });

  it('includes the neighbours of the region, from Germany to Japan and Alaska', () => {
    for (const iso3 of [
      'DEU',
      'POL',
      'TUR',
      'IRN',
      'AFG',
      'PAK',
      'IND',
      'CHN',
      'MNG',
      'PRK',
      'KOR',
      'JPN',
      'USA',
    ]) {
      expect(report.iso3).toContain(iso3);
    }
    expect(report.iso3).not.toContain('FRA');
    expect(report.iso3).not.toContain('CAN');
  });

  it('keeps Crimea inside Ukraine and outside Russia in the countries object', () => {
    expect(booleanPointInPolygon(CRIMEA_POINT, country('UKR'))).toBe(true);
    expect(booleanPointInPolygon(CRIMEA_POINT, country('RUS'))).toBe(false);
  });

  it('derives a single Crimea territory that contains the peninsula and has a plausible area', () => {
    expect(region.territories.features).toHaveLength(1);
    const crimea = region.territories.features[0];
    if (!crimea) throw new Error('no territory');
    expect(crimea.properties.id).toBe('crimea');
    expect(booleanPointInPolygon(CRIMEA_POINT, crimea)).toBe(true);
    const km2 = areaKm2(crimea);
    expect(km2).toBeGreaterThan(CRIMEA_AREA_RANGE_KM2[0]);
    expect(km2).toBeLessThan(CRIMEA_AREA_RANGE_KM2[1]);
    const [[west, south], [east, north]] = countryBounds(crimea);
    expect(west).toBeGreaterThan(CRIMEA_BBOX[0] - 0.3);
    expect(south).toBeGreaterThan(CRIMEA_BBOX[1] - 0.3);
    expect(east).toBeLessThan(CRIMEA_BBOX[2] + 0.3);
    expect(north).toBeLessThan(CRIMEA_BBOX[3] + 0.3);
  });

  it('has no ring that jumps more than 180 degrees of longitude', () => {
    for (const f of [...region.countries.features, ...region.territories.features]) {
      expect(maxLongitudeJump(f.geometry), String(f.properties)).toBeLessThan(180);
    }
    expect(report.maxLongitudeJump).toBeLessThan(180);
  });

  it('stores Russia continuously from the Baltic to past the antimeridian', () => {
    const [[west], [east]] = countryBounds(country('RUS'));
    expect(west).toBeGreaterThan(19);
    expect(west).toBeLessThan(21);
    expect(east).toBeGreaterThan(189);
    expect(east).toBeLessThan(191);
  });

  it("gives Russia's area within 3% of 17.1 million km²", () => {
    expect(Math.abs(areaKm2(country('RUS')) / 17.1e6 - 1)).toBeLessThan(0.03);
  });

  it('serves less than 100 kB gzip and reports the sizes it measured', () => {
    const json = JSON.stringify(topology);
    expect(report.bytes.raw).toBe(Buffer.byteLength(json, 'utf8'));
    expect(report.bytes.gzip).toBe(gzipSync(json).length);
    expect(report.bytes.gzip).toBeLessThan(100_000);
  });

  it('places every label point inside its country', () => {
    expect(region.labels.features.length).toBeGreaterThanOrEqual(70);
    for (const label of region.labels.features) {
      const inside = booleanPointInPolygon(
        label.geometry.coordinates,
        country(label.properties.iso3),
      );
      expect(inside, label.properties.iso3).toBe(true);
    }
  });

  it('labels every post-Soviet state, Russia and Kazakhstan at their fixed anchors', () => {
    const byIso3 = new Map(
      region.labels.features.map((f) => [f.properties.iso3, f.geometry.coordinates]),
    );
    for (const iso3 of POST_SOVIET_ISO3) expect(byIso3.has(iso3), iso3).toBe(true);
    const [rusLng = NaN, rusLat = NaN] = byIso3.get('RUS') ?? [];
    const [kazLng = NaN, kazLat = NaN] = byIso3.get('KAZ') ?? [];
    expect(rusLng).toBeCloseTo(48, 2);
    expect(rusLat).toBeCloseTo(58, 2);
    expect(kazLng).toBeCloseTo(67.5, 2);
    expect(kazLat).toBeCloseTo(48, 2);
  });

  it('keeps iso3, name and postSoviet on countries and no top-level id', () => {
    for (const f of region.countries.features) {
      expect(f.id).toBeUndefined();
      expect(f.properties.iso3).toMatch(/^[A-Z]{3}$/);
      expect(typeof f.properties.name).toBe('string');
      expect(typeof f.properties.postSoviet).toBe('boolean');
    }
  });
});

describe('decodeRegion', () => {
  it('returns the same collections for the same topology object', () => {
    expect(decodeRegion(topology)).toBe(region);
  });

  it('decodes a structurally equal copy afresh', () => {
    const copy = JSON.parse(JSON.stringify(topology)) as Topology;
    const decoded = decodeRegion(copy);
    expect(decoded).not.toBe(region);
    expect(decoded.countries.features).toHaveLength(region.countries.features.length);
  });

  it('rejects a topology without the expected objects', () => {
    const empty: Topology = { type: 'Topology', objects: {}, arcs: [] };
    expect(() => decodeRegion(empty)).toThrow(/countries/);
  });
});

describe('maxLongitudeJump', () => {
  it('measures the largest step between consecutive positions', () => {
    expect(
      maxLongitudeJump(
        lineString([
          [10, 0],
          [12, 1],
          [20, 2],
        ]).geometry,
      ),
    ).toBe(8);
  });

  it('detects a ring that crosses the antimeridian from 179 to -179', () => {
    const crossing = polygon([
      [
        [178, 60],
        [179, 60],
        [-179, 61],
        [178, 61],
        [178, 60],
      ],
    ]);
    expect(maxLongitudeJump(crossing.geometry)).toBe(358);
  });

  it('looks into every part of a multi-polygon', () => {
    const parts = multiPolygon([
      [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 0],
        ],
      ],
      [
        [
          [0, 5],
          [30, 5],
          [30, 6],
          [0, 5],
        ],
      ],
    ]);
    expect(maxLongitudeJump(parts.geometry)).toBe(30);
  });
});
