import { describe, expect, it } from 'vitest';
import { leastSquares, median, quantile, spread } from './stats';

describe('bench statistics', () => {
  it('takes medians and quantiles between ranks', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(quantile([0, 10], 0.95)).toBeCloseTo(9.5);
    expect(median([])).toBeNaN();
  });

  it('fits a least-squares slope, with the noise around it', () => {
    const flat = leastSquares([5, 6, 7, 8, 9, 10], [12, 12, 12, 12, 12, 12]);
    expect(flat.slope).toBe(0);
    expect(flat.residualSd).toBe(0);
    const line = leastSquares([5, 6, 7, 8, 9, 10], [1.5, 2, 2.5, 3, 3.5, 4]);
    expect(line.slope).toBeCloseTo(0.5);
    expect(line.residualSd).toBeCloseTo(0);
    // Alternating noise around a flat line: no slope, some spread.
    const noisy = leastSquares([1, 2, 3, 4], [1, -1, -1, 1]);
    expect(noisy.slope).toBeCloseTo(0);
    expect(noisy.residualSd).toBeCloseTo(Math.sqrt(4 / 2));
    expect(noisy.slopeSe).toBeCloseTo(Math.sqrt(2) / Math.sqrt(5));
    expect(() => leastSquares([1], [1])).toThrow();
    expect(() => leastSquares([2, 2], [1, 3])).toThrow();
  });

  it('gives the median of repeated figures with their range', () => {
    expect(spread([1.02, 0.97, 1.1])).toEqual({ median: 1.02, min: 0.97, max: 1.1 });
  });
});
