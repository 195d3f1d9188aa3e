/**
 * The scrub phase: every year forwards and back on a loaded atlas, each step timed to the frame
 * that shows it and followed by a plain repaint of the unchanged map, the step's floor. SCRUB_RUNS
 * runs, each on a fresh page; the last page is handed on to the memory phase (bench/heap.ts).
 */
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { newContext, waitForAtlas } from './browser';
import { log } from './log';
import { installStepLog, repaintStep, webglRenderer, yearStep } from './page-hooks';
import type { BenchResults } from './results-schema';
import { median, round, spread, stats } from './stats';

export const FIRST_YEAR = 1991;
/** Independent scrub runs (a fresh page each); the figure is the median of their ratios. */
const SCRUB_RUNS = 3;

/** Every year forwards from FIRST_YEAR to `lastYear`, then back: 2 × (lastYear − FIRST_YEAR) steps. */
export function yearSweep(lastYear: number): number[] {
  return [
    ...Array.from({ length: lastYear - FIRST_YEAR }, (_, i) => FIRST_YEAR + 1 + i),
    ...Array.from({ length: lastYear - FIRST_YEAR }, (_, i) => lastYear - 1 - i),
  ];
}

interface ScrubRun {
  changeMs: number[];
  commitMs: number[];
  firstSfsMs: number[];
  renderMs: number[];
  repaintMs: number[];
  noDraw: number;
  timeouts: number;
  sfsCalls: number;
  content: number;
  setData: number;
  /** Median year change ÷ median repaint. */
  ratio: number;
}

/**
 * One scrub run on a loaded page: every year forwards and back, each step followed by a plain
 * repaint of the unchanged map to the same end.
 */
async function scrubRun(page: Page, sweep: readonly number[]): Promise<ScrubRun> {
  await page.evaluate(installStepLog);
  // Warm-up (not recorded): a few steps and repaints.
  for (const y of [FIRST_YEAR + 1, FIRST_YEAR + 2, FIRST_YEAR + 1, FIRST_YEAR]) {
    await page.evaluate(yearStep, y);
    await page.evaluate(repaintStep);
  }
  const r: ScrubRun = {
    changeMs: [],
    commitMs: [],
    firstSfsMs: [],
    renderMs: [],
    repaintMs: [],
    noDraw: 0,
    timeouts: 0,
    sfsCalls: 0,
    content: 0,
    setData: 0,
    ratio: NaN,
  };
  for (const y of sweep) {
    const s = await page.evaluate(yearStep, y);
    r.sfsCalls += s.sfs;
    if (s.kind === 'draw') {
      r.changeMs.push(s.ms);
      if (s.commitMs !== null) r.commitMs.push(s.commitMs);
      if (s.firstSfsMs !== null) r.firstSfsMs.push(s.firstSfsMs);
      if (s.renderMs !== null) r.renderMs.push(s.renderMs);
    } else if (s.kind === 'nodraw') r.noDraw++;
    else r.timeouts++;
    r.repaintMs.push((await page.evaluate(repaintStep)).ms);
  }
  const uploads = await page.evaluate(() => ({
    content: window.__benchLog!.content,
    setData: window.__benchLog!.setData,
  }));
  r.content = uploads.content;
  r.setData = uploads.setData;
  r.ratio = median(r.changeMs) / median(r.repaintMs);
  return r;
}

/** The scrub runs, the WebGL renderer the page reported, and the last run's page, still open. */
export async function measureScrub(
  browser: Browser,
  origin: string,
  sweep: readonly number[],
): Promise<{ runs: ScrubRun[]; renderer: string; last: { context: BrowserContext; page: Page } }> {
  const runs: ScrubRun[] = [];
  let renderer = '';
  for (let run = 0; run < SCRUB_RUNS; run++) {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${origin}/?year=${FIRST_YEAR}`);
    await waitForAtlas(page);
    renderer ||= await page.evaluate(webglRenderer);
    const r = await scrubRun(page, sweep);
    runs.push(r);
    log(
      `scrub run ${run + 1}/${SCRUB_RUNS}: ${sweep.length} steps, median ${median(r.changeMs).toFixed(1)} ms ` +
        `vs repaint ${median(r.repaintMs).toFixed(1)} ms (×${r.ratio.toFixed(3)})`,
    );
    if (run < SCRUB_RUNS - 1) await context.close();
    else return { runs, renderer, last: { context, page } };
  }
  throw new Error('no scrub run');
}

/** The scrub's figures; `moreTimeouts` are the memory sweeps' steps that never drew. */
export function scrubResults(
  runs: readonly ScrubRun[],
  lastYear: number,
  moreTimeouts: number,
): BenchResults['scrub'] {
  const steps = yearSweep(lastYear).length;
  const all = (f: (r: ScrubRun) => number[]): number[] => runs.flatMap(f);
  const total = (f: (r: ScrubRun) => number): number => runs.reduce((a, r) => a + f(r), 0);
  const ratios = runs.map((r) => round(r.ratio, 3));
  const ratio = spread(ratios);
  return {
    years: [FIRST_YEAR, lastYear],
    runs: runs.length,
    steps,
    yearChangeMs: stats(all((r) => r.changeMs)),
    repaintMs: stats(all((r) => r.repaintMs)),
    ratio: { median: round(ratio.median, 3), min: ratio.min, max: ratio.max, perRun: ratios },
    perRun: runs.map((r) => ({
      yearChangeMs: stats(r.changeMs),
      repaintMs: stats(r.repaintMs),
      ratio: round(r.ratio, 3),
    })),
    breakdownMedianMs: {
      commit: round(median(all((r) => r.commitMs))),
      firstSetFeatureState: round(median(all((r) => r.firstSfsMs))),
      frameDrawn: round(median(all((r) => r.renderMs))),
      idle: round(median(all((r) => r.changeMs))),
    },
    stepsWithoutRedraw: total((r) => r.noDraw),
    timeouts: total((r) => r.timeouts) + moreTimeouts,
    setFeatureStateCallsPerStep: round(total((r) => r.sfsCalls) / (steps * runs.length), 1),
    sourceContentEvents: total((r) => r.content),
    setDataCalls: total((r) => r.setData),
  };
}
