/**
 * The load phase: cold visits to the atlas and to the floor page (bench/floor-assets.ts),
 * alternated, a fresh context each; navigation start to the first complete map, and the bytes of
 * a first visit.
 */
import type { Browser } from '@playwright/test';
import { newContext, waitForAtlas } from './browser';
import { FLOOR_PATH } from './floor-assets';
import { log } from './log';
import type { BenchResults, BytesBreakdown } from './results-schema';
import { median, round } from './stats';
import { breakdown, recordTransfers, type Transfer } from './transfers';

const LOAD_RUNS = 5;

/** One cold visit: load time (navigation start to the first complete map) and bytes. */
export async function coldVisit(
  browser: Browser,
  url: string,
): Promise<{
  ms: number;
  transfers: Transfer[];
  size: { width: number; height: number };
}> {
  const context = await newContext(browser);
  const transfers = recordTransfers(context);
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'commit' });
  await waitForAtlas(page);
  const ms = await page.evaluate(() => window.__benchLoad!.idleAt!);
  const size = await page.evaluate(() => {
    const c = window.__atlasMaps!['map-main']!.getCanvas();
    return { width: c.clientWidth, height: c.clientHeight };
  });
  await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined);
  const all = await transfers.done();
  await context.close();
  return { ms, transfers: all, size };
}

/**
 * A warm-up visit to each (which also learns the app's map size, so that the floor draws the same
 * area), then LOAD_RUNS rounds of a cold visit to each, in alternating order.
 */
export async function measureLoad(
  browser: Browser,
  origin: string,
): Promise<Pick<BenchResults, 'load' | 'bytes'>> {
  const warm = await coldVisit(browser, `${origin}/`);
  const floorUrl = `${origin}${FLOOR_PATH}?w=${warm.size.width}&h=${warm.size.height}`;
  await coldVisit(browser, floorUrl);

  const appMs: number[] = [];
  const floorMs: number[] = [];
  let appBytes: BytesBreakdown | null = null;
  let floorBytes: BytesBreakdown | null = null;
  for (let i = 0; i < LOAD_RUNS; i++) {
    const order = i % 2 === 0 ? (['app', 'floor'] as const) : (['floor', 'app'] as const);
    for (const which of order) {
      const v = await coldVisit(browser, which === 'app' ? `${origin}/` : floorUrl);
      if (which === 'app') {
        appMs.push(round(v.ms, 1));
        appBytes ??= breakdown(v.transfers);
      } else {
        floorMs.push(round(v.ms, 1));
        floorBytes ??= breakdown(v.transfers);
      }
    }
    log(`load run ${i + 1}/${LOAD_RUNS}: app ${appMs.at(-1)} ms, floor ${floorMs.at(-1)} ms`);
  }
  const ratio = round(median(appMs) / median(floorMs), 3);
  return {
    load: {
      runs: LOAD_RUNS,
      appMs,
      floorMs,
      appMedianMs: round(median(appMs), 1),
      floorMedianMs: round(median(floorMs), 1),
      ratio,
      mapSize: warm.size,
    },
    bytes: {
      app: appBytes!,
      floor: floorBytes!,
      ratio: round(appBytes!.total / floorBytes!.total, 3),
    },
  };
}
