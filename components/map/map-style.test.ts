import { describe, expect, it } from 'vitest';
import {
  STATUS_STYLES,
  fillColorFor,
  patternOpacityFor,
  viewForBox,
  REGION_BBOX,
} from './map-style';
import { STATUSES } from '@/data/vocabulary';

describe('map style builders', () => {
  it('colours each status by feature state and neighbours apart', () => {
    const expr = fillColorFor(STATUS_STYLES, '#000000');
    expect(expr[0]).toBe('case');
    const match = expr[2] as unknown[];
    expect(match[0]).toBe('match');
    for (const s of STATUSES) expect(match).toContain(s);
  });
  it('gives each patterned status its own pattern, visible only for that status', () => {
    const patterns = STATUSES.map((s) => STATUS_STYLES[s].pattern).filter(Boolean);
    expect(new Set(patterns).size).toBe(patterns.length);
    expect(JSON.stringify(patternOpacityFor(STATUS_STYLES, 'diagonal'))).toContain('suspended');
    // A pattern no class uses stays a feature-state expression that gives 0 (never a constant).
    expect(JSON.stringify(patternOpacityFor(STATUS_STYLES, 'cross'))).toContain('feature-state');
    expect(JSON.stringify(patternOpacityFor(STATUS_STYLES, 'cross'))).toContain('["literal",[]]');
  });
  it('uses a distinct colour for every status', () => {
    expect(new Set(STATUSES.map((s) => STATUS_STYLES[s].color)).size).toBe(STATUSES.length);
  });
  it('fits the whole region, Chukotka included, into a wide map', () => {
    const { center, zoom } = viewForBox(REGION_BBOX, 1000, 640);
    expect(center[0]).toBeCloseTo(105, 0);
    expect(zoom).toBeGreaterThan(1.5);
    expect(zoom).toBeLessThan(2.5);
    // At that zoom the box's width fits in 1000 px.
    expect(((REGION_BBOX[2] - REGION_BBOX[0]) / 360) * 512 * 2 ** zoom).toBeLessThanOrEqual(1000);
  });
});
