/**
 * The play phase: the atlas plays from the first year at its fastest speed, and the page records
 * when each year is shown, when the map's feature state is set and when frames are drawn, so that
 * a year shown but never drawn is caught.
 */
import type { Browser } from '@playwright/test';
import { newContext, waitForAtlas } from './browser';
import { log } from './log';
import { installPlayLog, type PlayRecord } from './page-hooks';
import type { BenchResults } from './results-schema';
import { FIRST_YEAR } from './scrub';
import { round, stats } from './stats';

const PLAY_SPEED = 5;

export async function measurePlay(
  browser: Browser,
  origin: string,
  lastYear: number,
): Promise<BenchResults['play']> {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto(`${origin}/?year=${FIRST_YEAR}`);
  await waitForAtlas(page);
  await page.evaluate(installPlayLog);
  await page.getByLabel('Speed').selectOption(String(PLAY_SPEED));
  await page.getByRole('button', { name: 'Play' }).click();
  await page.waitForFunction(
    (last) =>
      document.querySelector('.year-value')?.textContent === String(last) &&
      document.querySelector('button.play')?.getAttribute('aria-pressed') === 'false',
    lastYear,
    { timeout: ((lastYear - FIRST_YEAR) / PLAY_SPEED) * 1000 * 3 + 10_000 },
  );
  await page.waitForTimeout(500);
  const play = await page.evaluate(
    () => (window as unknown as { __benchPlay: PlayRecord }).__benchPlay,
  );
  await context.close();
  const shownYears = play.shown.map(([y]) => y);
  const expected = Array.from({ length: lastYear - FIRST_YEAR }, (_, i) => FIRST_YEAR + 1 + i);
  const skipped = expected.filter((y) => !shownYears.includes(y));
  // A year whose feature state was set but no frame was drawn after it before the next year.
  const notDrawn: number[] = [];
  play.shown.forEach(([y, t], i) => {
    const end = play.shown[i + 1]?.[1] ?? Infinity;
    const sets = play.sfs.filter((s) => s >= t && s < end);
    if (sets.length > 0 && !play.render.some((r) => r > sets.at(-1)! && r < end)) notDrawn.push(y);
  });
  const first = play.shown[0]?.[1] ?? 0;
  const lastShown = play.shown.at(-1)?.[1] ?? 0;
  const ticks = play.shown.slice(1).map(([, t], i) => t - play.shown[i]![1]);
  const framesDrawn = play.render.filter((r) => r >= first && r <= lastShown + 1000).length;
  log(`play: ${shownYears.length} years shown, ${framesDrawn} frames`);
  return {
    speedYearsPerSecond: PLAY_SPEED,
    yearsShown: shownYears,
    skippedYears: skipped,
    yearsNotDrawn: notDrawn,
    everyYearRendered: skipped.length === 0 && notDrawn.length === 0,
    framesDrawn,
    yearsPerSecond:
      play.shown.length > 1 ? round(((play.shown.length - 1) * 1000) / (lastShown - first), 3) : 0,
    tickIntervalMs: stats(ticks),
  };
}
