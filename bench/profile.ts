/**
 * Looks for the causes behind bench/run.ts's figures (run after `npm run build`):
 *   npx tsx bench/profile.ts
 * 1. the request waterfall of a cold visit to the atlas and to the floor;
 * 2. what the atlas transfers, by URL (gzip bytes);
 * 3. a CPU profile (CDP Profiler) of year steps, self time by script and by function;
 * 4. heap growth per sweep with history push (the slider's keys) and with replace (a drag).
 * Prints only; writes nothing.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../e2e/browser';
import { newContext, waitForAtlas } from './browser';
import { FLOOR_PATH, writeFloorAssets } from './floor-assets';
import { jsHeapUsed } from './heap';
import { installStepLog, yearStep } from './page-hooks';
import { FIRST_YEAR, yearSweep } from './scrub';
import { freePort, startServer, stopServer } from './servers';
import { median } from './stats';

async function waterfall(browser: Browser, url: string, label: string): Promise<void> {
  const context = await newContext(browser);
  const rows: { url: string; start: number; end: number; bytes: number }[] = [];
  const pending: Promise<void>[] = [];
  context.on('requestfinished', (req) =>
    pending.push(
      (async () => {
        const t = req.timing();
        const sizes = await req.sizes();
        rows.push({
          url: req.url(),
          start: t.startTime,
          end: t.startTime + t.responseEnd,
          bytes: sizes.responseBodySize,
        });
      })(),
    ),
  );
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'commit' });
  await waitForAtlas(page);
  const idle = await page.evaluate(() => window.__benchLoad!.idleAt!);
  const nav = await page.evaluate(() => {
    const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return {
      dcl: n.domContentLoadedEventEnd,
      load: n.loadEventEnd,
      origin: performance.timeOrigin,
    };
  });
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await Promise.all(pending);
  await context.close();
  console.log(
    `\n== ${label}: first complete map at ${idle.toFixed(0)} ms; DOMContentLoaded ${nav.dcl.toFixed(0)} ms, load ${nav.load.toFixed(0)} ms`,
  );
  rows.sort((a, b) => a.start - b.start);
  for (const r of rows)
    console.log(
      `  ${(r.start - nav.origin).toFixed(0).padStart(6)} → ${(r.end - nav.origin).toFixed(0).padStart(6)} ms  ${(r.bytes / 1000).toFixed(1).padStart(7)} kB  ${new URL(r.url).pathname.slice(0, 90)}`,
    );
}

async function cpuProfile(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const steps: number[] = [];
  const t0 = Date.now();
  for (let y = FIRST_YEAR + 1; y <= FIRST_YEAR + 20; y++)
    steps.push((await page.evaluate(yearStep, y)).ms);
  const wall = Date.now() - t0;
  const { profile } = await cdp.send('Profiler.stop');
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  const deltas = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, i) =>
    self.set(id, (self.get(id) ?? 0) + (deltas[i] ?? 0) / 1000),
  );
  const byUrl = new Map<string, number>();
  const byFn = new Map<string, number>();
  for (const [id, ms] of self) {
    const n = byId.get(id)!;
    const url = n.callFrame.url
      ? new URL(n.callFrame.url).pathname
      : `(${n.callFrame.functionName || 'native'})`;
    byUrl.set(url, (byUrl.get(url) ?? 0) + ms);
    const fn = `${n.callFrame.functionName || '(anon)'} ${url}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
    byFn.set(fn, (byFn.get(fn) ?? 0) + ms);
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(
    `\n== CPU profile of 20 year steps: wall ${wall} ms, sampled ${total.toFixed(0)} ms, step median ${median(steps).toFixed(1)} ms`,
  );
  for (const [u, ms] of [...byUrl].sort((a, b) => b[1] - a[1]).slice(0, 12))
    console.log(`  ${ms.toFixed(0).padStart(6)} ms  ${u}`);
  console.log('  top functions (self):');
  for (const [f, ms] of [...byFn].sort((a, b) => b[1] - a[1]).slice(0, 25))
    console.log(`  ${ms.toFixed(0).padStart(6)} ms  ${f.slice(0, 140)}`);
}

async function heapGrowth(browser: Browser, origin: string, drag: boolean): Promise<void> {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto(`${origin}/?year=${FIRST_YEAR}`);
  await waitForAtlas(page);
  await page.evaluate(installStepLog);
  if (drag)
    await page.evaluate(() =>
      document
        .querySelector('input[type="range"]')!
        .dispatchEvent(new PointerEvent('pointerdown', { bubbles: true })),
    );
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const heap = (): Promise<number> => jsHeapUsed(cdp);
  const sweep = yearSweep(new Date().getUTCFullYear());
  const heaps: number[] = [];
  for (let i = 0; i < 5; i++) {
    for (const y of sweep) await page.evaluate(yearStep, y);
    heaps.push(await heap());
  }
  const entries = await page.evaluate(() => history.length);
  console.log(
    `\n== heap per sweep, history ${drag ? 'replace (drag)' : 'push (keys)'}: ${heaps.map((h) => (h / 1e6).toFixed(2)).join(' → ')} MB; history.length ${entries}`,
  );
  await context.close();
}

async function main(): Promise<void> {
  writeFloorAssets();
  const port = await freePort(3400);
  const server = await startServer(port);
  const origin = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const only = process.argv[2];
    if (!only || only === 'load') {
      await waterfall(browser, `${origin}/`, 'warm-up');
      await waterfall(browser, `${origin}/`, 'atlas');
      await waterfall(browser, `${origin}${FLOOR_PATH}?w=1278&h=578`, 'floor');
    }
    if (!only || only === 'cpu') {
      const context = await newContext(browser);
      const page = await context.newPage();
      await page.goto(`${origin}/?year=${FIRST_YEAR}`);
      await waitForAtlas(page);
      await page.evaluate(installStepLog);
      await cpuProfile(page);
      await context.close();
    }
    if (!only || only === 'heap') {
      await heapGrowth(browser, origin, false);
      await heapGrowth(browser, origin, true);
    }
  } finally {
    await browser.close();
    stopServer(server);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
