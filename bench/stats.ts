/** The few statistics bench/run.ts reports, pure so that bench/stats.test.ts can check them. */

export const median = (xs: readonly number[]): number => quantile(xs, 0.5);

/** Linear interpolation between the closest ranks (the same as numpy's default). */
export function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return s[lo]! + (s[hi]! - s[lo]!) * (i - lo);
}

export const round = (x: number, digits = 2): number => Number(x.toFixed(digits));

export const stats = (xs: readonly number[]): { n: number; median: number; p95: number } => ({
  n: xs.length,
  median: round(median(xs)),
  p95: round(quantile(xs, 0.95)),
});

/**
 * The least-squares line through (xs[i], ys[i]): its slope, the standard deviation of the
 * residuals (n − 2 degrees of freedom), which says how much of the series is noise, and the
 * slope's standard error (residual sd ÷ √Σ(x − x̄)²).
 */
export function leastSquares(
  xs: readonly number[],
  ys: readonly number[],
): { slope: number; intercept: number; residualSd: number; slopeSe: number } {
  const n = xs.length;
  if (n !== ys.length || n < 2) throw new Error('leastSquares: needs two or more (x, y) pairs');
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i]! - mx) * (ys[i]! - my);
    sxx += (xs[i]! - mx) ** 2;
  }
  if (sxx === 0) throw new Error('leastSquares: every x is the same');
  const slope = sxy / sxx;
  const intercept = my - slope * mx;
  const sse = xs.reduce((a, x, i) => a + (ys[i]! - (intercept + slope * x)) ** 2, 0);
  const residualSd = n > 2 ? Math.sqrt(sse / (n - 2)) : 0;
  return { slope, intercept, residualSd, slopeSe: residualSd / Math.sqrt(sxx) };
}

/** The median of a few repeated figures and their range. */
export function spread(xs: readonly number[]): { median: number; min: number; max: number } {
  return { median: median(xs), min: Math.min(...xs), max: Math.max(...xs) };
}
