/**
 * `npm run bench`: builds the production app, serves it with `next start` on a free port, drives
 * Chromium (headless, WebGL through SwiftShader) with Playwright, and measures the atlas against
 * floors measured in the same run: a plain repaint of the same map, a static FLOOR page that draws
 * the same geometry with the same style and nothing else (bench/floor-assets.ts), and the clock.
 * Absolute times on SwiftShader are meaningless; the ratios are the figures. Prints a table and
 * writes bench/results.json. Not part of `npm test`.
 *
 *   npm run bench                   everything (about 4 minutes on 2 cores)
 *   npm run bench -- --no-build     reuse the last `npm run build`
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../e2e/browser';
import { FLOOR_PATH } from './floor-assets';
import {
  installPlayLog,
  installStepLog,
  loadHook,
  repaintStep,
  webglRenderer,
  yearStep,
  type PlayRecord,
} from './page-hooks';
import {
  resultsSchema,
  type BenchResults,
  type BytesBreakdown,
  type ServerRun,
  type Target,
} from './results-schema';

const root = join(__dirname, '..');
const VIEWPORT = { width: 1280, height: 800 };
const FIRST_YEAR = 1991;
const LOAD_RUNS = 5;
const MEMORY_SWEEPS = 10;
const PLAY_SPEED = 5;
const started = Date.now();

// ------------------------------------------------------------------------------------------------
// Node side
// ------------------------------------------------------------------------------------------------

export const median = (xs: readonly number[]): number => quantile(xs, 0.5);
export function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return s[lo]! + (s[hi]! - s[lo]!) * (i - lo);
}
const stats = (xs: readonly number[]): { n: number; median: number; p95: number } => ({
  n: xs.length,
  median: round(median(xs)),
  p95: round(quantile(xs, 0.95)),
});
const round = (x: number, digits = 2): number => Number(x.toFixed(digits));

function log(message: string): void {
  console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}`);
}

export async function freePort(from = 3300): Promise<number> {
  for (let port = from; port < from + 100; port++) {
    const ok = await new Promise<boolean>((resolve) => {
      const s = createServer();
      s.once('error', () => resolve(false));
      s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
    });
    if (ok) return port;
  }
  throw new Error(`no free port from ${from}`);
}

export async function startServer(port: number): Promise<ChildProcess> {
  const child = spawn(
    join(root, 'node_modules', '.bin', 'next'),
    ['start', '-p', String(port), '-H', '127.0.0.1'],
    {
      cwd: root,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited:\n${output}`);
    try {
      const r = await fetch(`http://127.0.0.1:${port}/`);
      if (r.ok) return child;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`next start did not answer within 60 s:\n${output}`);
}

export function stopServer(child: ChildProcess | null): void {
  if (!child?.pid || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // already gone
  }
}

type Category = 'js' | 'css' | 'geometry' | 'fonts' | 'data' | 'other';

function categorise(url: string, contentType: string, resourceType: string): Category {
  const path = new URL(url).pathname;
  if (path.startsWith('/generated/geo/')) return 'geometry';
  if (/\.(m?js)$/.test(path) || contentType.includes('javascript') || resourceType === 'script')
    return 'js';
  if (path.endsWith('.css') || contentType.includes('text/css')) return 'css';
  if (/\.(woff2?|ttf|otf)$/.test(path) || contentType.startsWith('font/')) return 'fonts';
  if (
    resourceType === 'document' ||
    contentType.includes('json') ||
    contentType.includes('text/x-component') ||
    contentType.includes('text/html')
  )
    return 'data';
  return 'other';
}

/**
 * The encoded (gzip) body size of a URL, fetched again from Node. Used for the one response
 * Playwright cannot size: the MapLibre worker script, which the worker itself loads.
 */
function refetchEncodedSize(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
      let n = 0;
      res.on('data', (d: Buffer) => (n += d.length));
      res.on('end', () => resolve(n));
      res.on('error', reject);
    }).on('error', reject);
  });
}

interface Transfer {
  url: string;
  category: Category;
  bytes: number;
  encoding: string;
  contentType: string;
}

/** Records every response body (encoded, as transferred) of a context. */
function recordTransfers(context: BrowserContext): { done: () => Promise<Transfer[]> } {
  const pending: Promise<Transfer | null>[] = [];
  context.on('requestfinished', (request) => {
    pending.push(
      (async () => {
        const response = await request.response();
        if (!response || request.url().startsWith('data:') || request.url().startsWith('blob:'))
          return null;
        const sizes = await request.sizes();
        const headers = await response.allHeaders();
        const contentType = headers['content-type'] ?? '';
        const bytes =
          sizes.responseBodySize === 0 && response.status() === 200
            ? await refetchEncodedSize(request.url())
            : sizes.responseBodySize;
        return {
          url: request.url(),
          category: categorise(request.url(), contentType, request.resourceType()),
          bytes,
          encoding: headers['content-encoding'] ?? 'identity',
          contentType,
        };
      })().catch(() => null),
    );
  });
  return {
    done: async () => (await Promise.all(pending)).filter((t): t is Transfer => t !== null),
  };
}

function breakdown(transfers: readonly Transfer[]): BytesBreakdown {
  const b: BytesBreakdown = {
    js: 0,
    css: 0,
    geometry: 0,
    fonts: 0,
    data: 0,
    other: 0,
    total: 0,
    requests: transfers.length,
    uncompressed: [],
    files: [],
  };
  for (const t of transfers) {
    b[t.category] += t.bytes;
    b.total += t.bytes;
    b.files.push({ path: new URL(t.url).pathname, category: t.category, bytes: t.bytes });
    const compressible = /javascript|json|css|html|x-component|svg|text/.test(t.contentType);
    if (compressible && t.encoding === 'identity' && t.bytes > 1024)
      b.uncompressed.push(`${new URL(t.url).pathname} (${t.bytes} B)`);
  }
  return b;
}

export async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
    extraHTTPHeaders: { 'Accept-Encoding': 'gzip, deflate, br' },
  });
  // tsx (esbuild) wraps named inner functions in `__name(...)`; give the page a no-op one.
  await context.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
  await context.addInitScript(loadHook);
  return context;
}

export async function waitForAtlas(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__benchLoad?.idleAt !== undefined, undefined, {
    timeout: 90_000,
  });
}

/** One cold visit: load time (navigation start to the first complete map) and bytes. */
async function coldVisit(
  browser: Browser,
  url: string,
): Promise<{ ms: number; transfers: Transfer[]; size: { width: number; height: number } }> {
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

async function serverRun(origin: string, path: string): Promise<ServerRun> {
  const r = await autocannon({
    url: origin + path,
    connections: 50,
    duration: 10,
    headers: { 'accept-encoding': 'gzip' },
  });
  return {
    path,
    requestsPerSecond: round(r.requests.average, 1),
    latencyP99Ms: round(r.latency.p99, 1),
    latencyMedianMs: round(r.latency.p50, 1),
    requests: r.requests.total,
    errors: r.errors,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
    bytesPerRequest: r.requests.total > 0 ? Math.round(r.throughput.total / r.requests.total) : 0,
  };
}

function target(
  id: string,
  description: string,
  value: number | null,
  comparison: Target['comparison'],
  limit: number,
): Target {
  const pass =
    value !== null &&
    (comparison === '<=' ? value <= limit : comparison === '>=' ? value >= limit : value === limit);
  return { id, description, value, target: limit, comparison, pass };
}

const kB = (b: number): string => `${(b / 1000).toFixed(1)} kB`;

function printTable(r: BenchResults): void {
  const rows: [string, string, string, string][] = [
    ['Measure', 'Atlas', 'Floor / baseline', 'Ratio or result'],
    [
      'Scrub: year change → drawn (median / p95)',
      `${r.scrub.yearChangeMs.median} / ${r.scrub.yearChangeMs.p95} ms`,
      `repaint ${r.scrub.repaintMs.median} / ${r.scrub.repaintMs.p95} ms`,
      `×${r.scrub.ratioOfMedians}`,
    ],
    [
      'Scrub: source re-uploads',
      `${r.scrub.sourceContentEvents} content events, ${r.scrub.setDataCalls} setData`,
      '0',
      `${r.scrub.steps} steps, ${r.scrub.setFeatureStateCallsPerStep} setFeatureState/step`,
    ],
    [
      `Play at ${r.play.speedYearsPerSecond}/s`,
      `${r.play.yearsPerSecond} years/s, ${r.play.framesDrawn} frames`,
      `clock ${r.play.speedYearsPerSecond}/s`,
      r.play.everyYearRendered
        ? 'every year drawn'
        : `skipped ${r.play.skippedYears.join(',') || '-'}; not drawn ${r.play.yearsNotDrawn.join(',') || '-'}`,
    ],
    [
      'Load: navigation → first complete map (median)',
      `${r.load.appMedianMs} ms`,
      `${r.load.floorMedianMs} ms`,
      `×${r.load.ratio}`,
    ],
    ...(['js', 'css', 'geometry', 'fonts', 'data', 'other', 'total'] as const).map(
      (k): [string, string, string, string] => [
        `Bytes (gzip): ${k}`,
        kB(r.bytes.app[k]),
        kB(r.bytes.floor[k]),
        k === 'total' ? `×${r.bytes.ratio}` : '',
      ],
    ),
    [
      'JS heap after 1 / 10 sweeps',
      `${(r.memory.afterOneSweepBytes / 1e6).toFixed(1)} / ${(r.memory.afterTenSweepsBytes / 1e6).toFixed(1)} MB`,
      '',
      `${r.memory.growth >= 0 ? '+' : ''}${(r.memory.growth * 100).toFixed(1)}%`,
    ],
    ...r.server.map((s): [string, string, string, string] => [
      `Server ${s.path} (50 conns, 10 s)`,
      `${s.requestsPerSecond} req/s, p99 ${s.latencyP99Ms} ms`,
      '',
      `${s.errors} errors, ${s.non2xx} non-2xx`,
    ]),
  ];
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((row) => row[i]!.length)));
  const line = (row: readonly string[]): string =>
    row.map((c, i) => c.padEnd(widths[i]!)).join(' | ');
  console.log('\n' + line(rows[0]!));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const row of rows.slice(1)) console.log(line(row));
  console.log('\nTargets:');
  for (const t of r.targets)
    console.log(
      `  ${t.pass ? 'PASS' : 'MISS'}  ${t.description}: ${t.value} (target ${t.comparison} ${t.target})`,
    );
}

async function main(): Promise<void> {
  const args = new Set(process.argv.slice(2));
  if (!args.has('--no-build')) {
    log('building (npm run build)…');
    const b = spawnSync('npm', ['run', 'build'], {
      cwd: root,
      stdio: 'inherit',
      // A test build: the benchmark reads the map through window.__atlasMaps (components/map/test-hook.ts).
      env: { ...process.env, NEXT_PUBLIC_TEST_HOOKS: '1' },
    });
    if (b.status !== 0) throw new Error('npm run build failed');
  }
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found (see scripts/ensure-browser.ts).');
  const port = await freePort();
  let server: ChildProcess | null = null;
  let browser: Browser | null = null;
  const stop = (): void => stopServer(server);
  process.once('SIGINT', () => {
    stop();
    process.exit(130);
  });
  try {
    server = await startServer(port);
    const origin = `http://127.0.0.1:${port}`;
    log(`next start on ${origin}`);
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
    const lastYear = new Date().getUTCFullYear();

    // Warm the server and learn the app's map size, so that the floor draws the same area.
    const warm = await coldVisit(browser, `${origin}/`);
    const floorUrl = `${origin}${FLOOR_PATH}?w=${warm.size.width}&h=${warm.size.height}`;
    await coldVisit(browser, floorUrl);

    // 3 + 4. Load and bytes: alternating cold visits, a fresh context each.
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

    // 1 + 5. Scrub and memory, on one page.
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${origin}/?year=${FIRST_YEAR}`);
    await waitForAtlas(page);
    const renderer = await page.evaluate(webglRenderer);
    await page.evaluate(installStepLog);
    const sweep = [
      ...Array.from({ length: lastYear - FIRST_YEAR }, (_, i) => FIRST_YEAR + 1 + i),
      ...Array.from({ length: lastYear - FIRST_YEAR }, (_, i) => lastYear - 1 - i),
    ];
    // Warm-up (not recorded): a few steps and repaints.
    for (const y of [FIRST_YEAR + 1, FIRST_YEAR + 2, FIRST_YEAR + 1, FIRST_YEAR]) {
      await page.evaluate(yearStep, y);
      await page.evaluate(repaintStep);
    }
    const changeMs: number[] = [];
    const commitMs: number[] = [];
    const firstSfsMs: number[] = [];
    const renderMs: number[] = [];
    const repaintMs: number[] = [];
    let noDraw = 0;
    let timeouts = 0;
    let sfsCalls = 0;
    for (const y of sweep) {
      const s = await page.evaluate(yearStep, y);
      sfsCalls += s.sfs;
      if (s.kind === 'draw') {
        changeMs.push(s.ms);
        if (s.commitMs !== null) commitMs.push(s.commitMs);
        if (s.firstSfsMs !== null) firstSfsMs.push(s.firstSfsMs);
        if (s.renderMs !== null) renderMs.push(s.renderMs);
      } else if (s.kind === 'nodraw') noDraw++;
      else timeouts++;
      repaintMs.push((await page.evaluate(repaintStep)).ms);
    }
    const uploads = await page.evaluate(() => ({
      content: window.__benchLog!.content,
      setData: window.__benchLog!.setData,
    }));
    log(
      `scrub: ${sweep.length} steps, median ${median(changeMs).toFixed(1)} ms vs repaint ${median(repaintMs).toFixed(1)} ms`,
    );
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const heap = (): Promise<number> => jsHeapUsed(cdp);
    const heapPerSweep = [await heap()];
    for (let i = 1; i < MEMORY_SWEEPS; i++) {
      for (const y of sweep) {
        const s = await page.evaluate(yearStep, y);
        if (s.kind === 'timeout') timeouts++;
      }
      heapPerSweep.push(await heap());
    }
    const afterOne = heapPerSweep[0]!;
    const afterTen = heapPerSweep.at(-1)!;
    log(`memory: ${(afterOne / 1e6).toFixed(1)} MB → ${(afterTen / 1e6).toFixed(1)} MB`);
    await context.close();

    // 2. Play at the fastest speed, from the first year.
    const playContext = await newContext(browser);
    const playPage = await playContext.newPage();
    await playPage.goto(`${origin}/?year=${FIRST_YEAR}`);
    await waitForAtlas(playPage);
    await playPage.evaluate(installPlayLog);
    await playPage.getByLabel('Speed').selectOption(String(PLAY_SPEED));
    await playPage.getByRole('button', { name: 'Play' }).click();
    await playPage.waitForFunction(
      (last) =>
        document.querySelector('.year-value')?.textContent === String(last) &&
        document.querySelector('button.play')?.getAttribute('aria-pressed') === 'false',
      lastYear,
      { timeout: ((lastYear - FIRST_YEAR) / PLAY_SPEED) * 1000 * 3 + 10_000 },
    );
    await playPage.waitForTimeout(500);
    const play = await playPage.evaluate(
      () => (window as unknown as { __benchPlay: PlayRecord }).__benchPlay,
    );
    await playContext.close();
    const shownYears = play.shown.map(([y]) => y);
    const expected = Array.from({ length: lastYear - FIRST_YEAR }, (_, i) => FIRST_YEAR + 1 + i);
    const skipped = expected.filter((y) => !shownYears.includes(y));
    const notDrawn: number[] = [];
    play.shown.forEach(([y, t], i) => {
      const end = play.shown[i + 1]?.[1] ?? Infinity;
      const sets = play.sfs.filter((s) => s >= t && s < end);
      if (sets.length > 0 && !play.render.some((r) => r > sets.at(-1)! && r < end))
        notDrawn.push(y);
    });
    const first = play.shown[0]?.[1] ?? 0;
    const lastShown = play.shown.at(-1)?.[1] ?? 0;
    const ticks = play.shown.slice(1).map(([, t], i) => t - play.shown[i]![1]);
    const framesDrawn = play.render.filter((r) => r >= first && r <= lastShown + 1000).length;
    log(`play: ${shownYears.length} years shown, ${framesDrawn} frames`);

    const chromiumVersion = browser.version();
    await browser.close();
    browser = null;

    // 6. Server throughput, with the browser closed.
    const serverRuns = [
      await serverRun(origin, '/'),
      await serverRun(origin, '/generated/geo/region.topo.json'),
    ];
    log(`server: ${serverRuns.map((s) => `${s.path} ${s.requestsPerSecond} req/s`).join(', ')}`);

    const scrubRatio = round(median(changeMs) / median(repaintMs), 3);
    const loadRatio = round(median(appMs) / median(floorMs), 3);
    const bytesRatio = round(appBytes!.total / floorBytes!.total, 3);
    const growth = round((afterTen - afterOne) / afterOne, 4);
    const yearsPerSecond =
      play.shown.length > 1 ? round(((play.shown.length - 1) * 1000) / (lastShown - first), 3) : 0;
    const everyYearRendered = skipped.length === 0 && notDrawn.length === 0;
    const targets: Target[] = [
      target('scrub-ratio', 'Scrub: median year change ÷ median repaint', scrubRatio, '<=', 1.2),
      target(
        'scrub-uploads',
        'Scrub: source re-uploads (content events + setData)',
        uploads.content + uploads.setData,
        '==',
        0,
      ),
      target('scrub-timeouts', 'Scrub: steps that never drew', timeouts, '==', 0),
      target(
        'play-every-year',
        'Play: every year shown and drawn (1 = yes)',
        everyYearRendered ? 1 : 0,
        '==',
        1,
      ),
      target(
        'play-rate',
        `Play: years/s ÷ clock (${PLAY_SPEED}/s)`,
        round(yearsPerSecond / PLAY_SPEED, 3),
        '>=',
        0.95,
      ),
      target('load-ratio', 'Load: median app ÷ median floor', loadRatio, '<=', 1.25),
      target('bytes-ratio', 'Bytes: app total ÷ floor total (gzip)', bytesRatio, '<=', 1.15),
      target('geometry-bytes', 'Bytes: geometry (gzip, bytes)', appBytes!.geometry, '<=', 100_000),
      target('memory-growth', 'Memory: heap growth from 1 to 10 sweeps', growth, '<=', 0.1),
      ...serverRuns.map((s) =>
        target(
          `server-errors ${s.path}`,
          `Server ${s.path}: errors + non-2xx`,
          s.errors + s.non2xx,
          '==',
          0,
        ),
      ),
    ];
    const results: BenchResults = {
      date: new Date().toISOString(),
      machine: {
        cores: cpus().length,
        totalMemoryBytes: totalmem(),
        platform: `${process.platform} ${process.arch}`,
        node: process.version,
        chromium: chromiumVersion,
        webglRenderer: renderer,
      },
      durationSeconds: round((Date.now() - started) / 1000, 1),
      scrub: {
        years: [FIRST_YEAR, lastYear],
        steps: sweep.length,
        yearChangeMs: stats(changeMs),
        repaintMs: stats(repaintMs),
        ratioOfMedians: scrubRatio,
        breakdownMedianMs: {
          commit: round(median(commitMs)),
          firstSetFeatureState: round(median(firstSfsMs)),
          frameDrawn: round(median(renderMs)),
          idle: round(median(changeMs)),
        },
        stepsWithoutRedraw: noDraw,
        timeouts,
        setFeatureStateCallsPerStep: round(sfsCalls / sweep.length, 1),
        sourceContentEvents: uploads.content,
        setDataCalls: uploads.setData,
      },
      play: {
        speedYearsPerSecond: PLAY_SPEED,
        yearsShown: shownYears,
        skippedYears: skipped,
        yearsNotDrawn: notDrawn,
        everyYearRendered,
        framesDrawn,
        yearsPerSecond,
        tickIntervalMs: stats(ticks),
      },
      load: {
        runs: LOAD_RUNS,
        appMs,
        floorMs,
        appMedianMs: round(median(appMs), 1),
        floorMedianMs: round(median(floorMs), 1),
        ratio: loadRatio,
        mapSize: warm.size,
      },
      bytes: { app: appBytes!, floor: floorBytes!, ratio: bytesRatio },
      memory: {
        afterOneSweepBytes: afterOne,
        afterTenSweepsBytes: afterTen,
        growth,
        perSweepBytes: heapPerSweep,
      },
      server: serverRuns,
      targets,
    };
    resultsSchema.parse(results);
    writeFileSync(join(__dirname, 'results.json'), JSON.stringify(results, null, 2) + '\n');
    printTable(results);
    log('wrote bench/results.json');
  } finally {
    await browser?.close().catch(() => undefined);
    stop();
  }
}

if (require.main === module)
  main().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });

/** The page's JS heap in bytes after two forced collections (CDP `Performance` must be enabled). */
export async function jsHeapUsed(cdp: import('@playwright/test').CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
}
