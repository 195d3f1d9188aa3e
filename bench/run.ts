/**
 * `npm run bench`: builds the production app, serves it with `next start` on a free port, drives
 * Chromium (headless, WebGL through SwiftShader) with Playwright, and measures the atlas against
 * floors measured in the same run: a plain repaint of the same map, a static FLOOR page that draws
 * the same geometry with the same style and nothing else (bench/floor-assets.ts, written by this
 * run into public/ and out/), and the clock.
 * Then, with the browser closed, it loads each deployment (`next start`, and the static export in
 * out/ under `http-server -g -b`) with autocannon on loopback: a shared link, the geometry and a JS
 * chunk, each as a ratio to a small static file from the same server, and the link at 200
 * connections. Absolute times on SwiftShader, and absolute rates on a shared machine, are
 * meaningless; the ratios are the figures. Prints a table and writes bench/results.json. Not part
 * of `npm test`.
 *
 *   npm run bench                   everything (about 6 minutes on 2 idle cores, plus two builds)
 *   npm run bench -- --no-build     reuse the last `npm run build` and `npm run build:static`
 *
 * One phase a module: servers.ts (builds and servers), load.ts, scrub.ts, heap.ts (memory),
 * play.ts, throughput.ts, report.ts (targets, results.json, the table).
 */
import { cpus, totalmem } from 'node:os';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../e2e/browser';
import { writeFloorAssets } from './floor-assets';
import { measureMemory } from './heap';
import { measureLoad } from './load';
import { load3, log, started } from './log';
import { measurePlay } from './play';
import { printTable, withTargets, writeResults } from './report';
import { measureScrub, scrubResults, yearSweep } from './scrub';
import { assertStaticExport, buildBoth, freePort, startServer, stopServer } from './servers';
import { round } from './stats';
import { measureServers, type LiveServer } from './throughput';

async function main(): Promise<void> {
  const args = new Set(process.argv.slice(2));
  if (!args.has('--no-build')) buildBoth();
  assertStaticExport();
  writeFloorAssets();
  const loadAtStart = load3();
  log(`load average ${loadAtStart.join(' ')} on ${cpus().length} cores`);
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found (see scripts/ensure-browser.ts).');
  const port = await freePort();
  const live: LiveServer = { server: null };
  let browser: Browser | null = null;
  const stop = (): void => stopServer(live.server);
  process.once('SIGINT', () => {
    stop();
    process.exit(130);
  });
  try {
    live.server = await startServer(port);
    const origin = `http://127.0.0.1:${port}`;
    log(`next start on ${origin}`);
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
    const lastYear = new Date().getUTCFullYear();

    // Load and bytes: alternating cold visits, a fresh context each.
    const { load, bytes } = await measureLoad(browser, origin);
    // Scrub: a few runs, each on a fresh page; memory continues on the last one.
    const sweep = yearSweep(lastYear);
    const scrub = await measureScrub(browser, origin, sweep);
    const memory = await measureMemory(scrub.last, sweep);
    // Play at the fastest speed, from the first year.
    const play = await measurePlay(browser, origin, lastYear);

    const chromiumVersion = browser.version();
    await browser.close();
    browser = null;

    // Throughput, with the browser closed: `next start`, then the static deployment alone.
    const loadBeforeServer = load3();
    const server = await measureServers(live, port);

    const results = withTargets({
      date: new Date().toISOString(),
      machine: {
        cores: cpus().length,
        totalMemoryBytes: totalmem(),
        platform: `${process.platform} ${process.arch}`,
        node: process.version,
        chromium: chromiumVersion,
        webglRenderer: scrub.renderer,
        loadAverage: { start: loadAtStart, beforeServer: loadBeforeServer, end: load3() },
      },
      durationSeconds: round((Date.now() - started) / 1000, 1),
      scrub: scrubResults(scrub.runs, lastYear, memory.timeouts),
      play,
      load,
      bytes,
      memory: memory.memory,
      server,
    });
    await writeResults(results);
    printTable(results);
    log('wrote bench/results.json');
  } finally {
    await browser?.close().catch(() => undefined);
    stop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
