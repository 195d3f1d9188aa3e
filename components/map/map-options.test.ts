import { describe, expect, it } from 'vitest';
import { openingCamera } from './map-options';

describe('openingCamera', () => {
  it('fits the landscape box to a 998×626 desktop map as MapLibre did on a first visit (#3.27/50.38/54)', () => {
    // By hand: the box's Mercator height is 0.1172 of the world, (626 − 48) px / 0.1172 / 512 px
    // = 9.63, whose log2 is 3.27 (its width allows 3.30); the middle of the box in Mercator is
    // 50.38°N, and of 20°E–88°E, 54°E.
    const { center, zoom } = openingCamera(998, 626);
    expect(zoom).toBeCloseTo(3.27, 2);
    expect(center[0]).toBeCloseTo(54, 6);
    expect(center[1]).toBeCloseTo(50.38, 1);
  });
  it('is the same for the same size, whatever happened before', () => {
    expect(openingCamera(998, 626)).toEqual(openingCamera(998, 626));
  });
  it('fits a tall phone map by the width of the portrait box', () => {
    // (386 − 16) px / (60° / 360°) / 512 px = 4.34, log2 2.12; centred on 50°E.
    const { center, zoom } = openingCamera(386, 520);
    expect(zoom).toBeCloseTo(2.12, 2);
    expect(center[0]).toBeCloseTo(50, 6);
  });
  it('fits MapLibre’s 400×300 stand-in while the container has no size yet', () => {
    expect(openingCamera(0, 0)).toEqual(openingCamera(400, 300));
  });
});
