/**
 * The memory phase: more year sweeps on the scrub's last page, the JS heap after forced garbage
 * collection at the end of each, and the heap's least-squares slope after the warm-up.
 */
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { log } from './log';
import { yearStep } from './page-hooks';
import type { BenchResults } from './results-schema';
import { leastSquares, round } from './stats';

const MEMORY_SWEEPS = 10;
/** The heap's slope is fitted over these sweeps, after the warm-up. */
const SLOPE_FROM_SWEEP = 5;
/**
 * "About zero": 50 kB a sweep of 70 year steps, under 1 kB retained a step. A leak of one small
 * object graph per step (a listener, a closure over a feature collection) is above it.
 */
export const MAX_HEAP_SLOPE_MB = 0.05;

/** The page's JS heap in bytes after two forced collections (CDP `Performance` must be enabled). */
export async function jsHeapUsed(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
}

/**
 * Sweeps 2 to MEMORY_SWEEPS on a page that has just done sweep 1 (the scrub's last run), then
 * closes its context. `timeouts`: the steps that never drew.
 */
export async function measureMemory(
  { context, page }: { context: BrowserContext; page: Page },
  sweep: readonly number[],
): Promise<{ memory: BenchResults['memory']; timeouts: number }> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const heap = (): Promise<number> => jsHeapUsed(cdp);
  // The scrub run's sweep is sweep 1.
  const perSweep = [await heap()];
  let timeouts = 0;
  for (let i = 1; i < MEMORY_SWEEPS; i++) {
    for (const y of sweep) {
      const s = await page.evaluate(yearStep, y);
      if (s.kind === 'timeout') timeouts++;
    }
    perSweep.push(await heap());
  }
  const afterOne = perSweep[0]!;
  const afterTen = perSweep.at(-1)!;
  const fitted = perSweep
    .map((bytes, i) => ({ sweep: i + 1, mb: bytes / 1e6 }))
    .filter((p) => p.sweep >= SLOPE_FROM_SWEEP);
  const fit = leastSquares(
    fitted.map((p) => p.sweep),
    fitted.map((p) => p.mb),
  );
  log(
    `memory: ${(afterOne / 1e6).toFixed(1)} MB → ${(afterTen / 1e6).toFixed(1)} MB; ` +
      `sweeps ${SLOPE_FROM_SWEEP}–${MEMORY_SWEEPS}: ${fit.slope.toFixed(3)} ± ${fit.slopeSe.toFixed(3)} MB/sweep`,
  );
  await context.close();
  return {
    memory: {
      afterOneSweepBytes: afterOne,
      afterTenSweepsBytes: afterTen,
      growth: round((afterTen - afterOne) / afterOne, 4),
      perSweepBytes: perSweep,
      slope: {
        fromSweep: SLOPE_FROM_SWEEP,
        toSweep: MEMORY_SWEEPS,
        mbPerSweep: round(fit.slope, 4),
        residualSdMb: round(fit.residualSd, 4),
        standardErrorMb: round(fit.slopeSe, 4),
      },
    },
    timeouts,
  };
}
