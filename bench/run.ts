/**
 * `npm run bench`: builds the production app, serves it with `next start` on a free port, drives
 * Chromium (headless, WebGL through SwiftShader) with Playwright, and measures the atlas against
 * floors measured in the same run: a plain repaint of the same map, a static FLOOR page that draws
 * the same geometry with the same style and nothing else (bench/floor-assets.ts), and the clock.
 * Then, with the browser closed, it loads each deployment (`next start`, and the static export in
 * out/ under `http-server -g -b`) with autocannon on loopback: a shared link, the geometry and a JS
 * chunk, each as a ratio to a small static file from the same server, and the link at 200
 * connections. Absolute times on SwiftShader, and absolute rates on a shared machine, are
 * meaningless; the ratios are the figures. Prints a table and writes bench/results.json. Not part
 * of `npm test`.
 *
 *   npm run bench                   everything (about 6 minutes on 2 idle cores, plus two builds)
 *   npm run bench -- --no-build     reuse the last `npm run build` and `npm run build:static`
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { GEOMETRY } from '@/assets';
import { CHROMIUM_ARGS, findChromium } from '../e2e/browser';
import { FLOOR_PATH, SMALL_FILE_PATH } from './floor-assets';
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
  type Deployment,
  type ServerRun,
  type Target,
} from './results-schema';
import { leastSquares, median, round, spread, stats } from './stats';

const root = join(__dirname, '..');
const VIEWPORT = { width: 1280, height: 800 };
const FIRST_YEAR = 1991;
const LOAD_RUNS = 5;
/** Independent scrub runs (a fresh page each); the figure is the median of their ratios. */
const SCRUB_RUNS = 3;
const MEMORY_SWEEPS = 10;
/** The heap's slope is fitted over these sweeps, after the warm-up. */
const SLOPE_FROM_SWEEP = 5;
/**
 * "About zero": 50 kB a sweep of 70 year steps, under 1 kB retained a step. A leak of one small
 * object graph per step (a listener, a closure over a feature collection) is above it.
 */
const MAX_HEAP_SLOPE_MB = 0.05;
const PLAY_SPEED = 5;
/** Throughput: connections and length of each autocannon run, and rounds in ABBA order. */
const CONNECTIONS = 50;
const RUN_SECONDS = 5;
const ROUNDS = 2;
const STRESS_CONNECTIONS = 200;
const STRESS_SECONDS = 10;
/** autocannon's own default: a request with no answer in 10 s counts as a timeout. */
const REQUEST_TIMEOUT_SECONDS = 10;
const ACCEPT_ENCODING = 'gzip, deflate, br';
/** A shared state link: a prerendered organisation × year page. */
const LINK_PATH = '/csto/2009';
const GEOMETRY_PATH = GEOMETRY.url;
const started = Date.now();

// ------------------------------------------------------------------------------------------------
// Node side
// ------------------------------------------------------------------------------------------------

const load3 = (): number[] => loadavg().map((x) => round(x, 2));

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
  return startProcess(
    'next start',
    join(root, 'node_modules', '.bin', 'next'),
    ['start', '-p', String(port), '-H', '127.0.0.1'],
    port,
  );
}

/** The static deployment as README.md serves it (`npx http-server out -g -b -s`), on loopback. */
const HTTP_SERVER_ARGS = ['out', '-g', '-b', '-s', '-a', '127.0.0.1'];
async function startStaticServer(port: number): Promise<ChildProcess> {
  return startProcess(
    'http-server',
    join(root, 'node_modules', '.bin', 'http-server'),
    [...HTTP_SERVER_ARGS, '-p', String(port)],
    port,
  );
}

/** What each server printed and how it ended: for the error when one stops answering. */
const serverLogs = new WeakMap<ChildProcess, { output: string; ended: string | null }>();

async function startProcess(
  name: string,
  command: string,
  args: string[],
  port: number,
): Promise<ChildProcess> {
  const child = spawn(command, args, {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
  const rec = { output: '', ended: null as string | null };
  serverLogs.set(child, rec);
  const keep = (d: Buffer): void => {
    rec.output = (rec.output + d.toString()).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  child.on('exit', (code, signal) => {
    rec.ended = signal ? `killed by ${signal}` : `exited with code ${code}`;
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (rec.ended) throw new Error(`${name} ${rec.ended}:\n${rec.output}`);
    try {
      const r = await fetch(`http://127.0.0.1:${port}/`);
      if (r.ok) return child;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  stopServer(child);
  throw new Error(`${name} did not answer within 60 s:\n${rec.output}`);
}

const running = (child: ChildProcess | null): child is ChildProcess =>
  !!child?.pid && child.exitCode === null && child.signalCode === null;

export function stopServer(child: ChildProcess | null): void {
  if (!running(child)) return;
  try {
    process.kill(-child.pid!, 'SIGTERM');
  } catch {
    // already gone
  }
}

/** Stops a server and waits until it has exited (so that the next one has the CPU to itself). */
async function stopServerAndWait(child: ChildProcess | null): Promise<void> {
  if (!running(child)) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  stopServer(child);
  await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
}

/** A server that stopped answering during a throughput run (another process may have ended it). */
class ServerStopped extends Error {}

async function assertAnswering(child: ChildProcess, label: string, r: LoadResult): Promise<void> {
  if (r.requests.total > 0 && running(child)) return;
  const rec = serverLogs.get(child);
  // Does the server answer a single request now?
  const url = `${r.url}`;
  const probe = await fetch(url, { signal: AbortSignal.timeout(5000) })
    .then((res) => `a single GET answers ${res.status}`)
    .catch((e: unknown) => `a single GET fails (${e instanceof Error ? e.message : String(e)})`);
  throw new ServerStopped(
    `${label} stopped answering ${url} (${rec?.ended ?? 'still running'}; ${r.requests.total} ` +
      `requests in ${r.duration} s, ${r.errors} errors ${JSON.stringify(r.errorCodes)}; ${probe}): ` +
      (rec?.output.trim().split('\n').slice(-5).join(' | ') || 'no output'),
  );
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
        // A response from the browser's cache (a second use of the same file) transferred
        // nothing; Chromium reports its body size as negative.
        const bytes =
          sizes.responseBodySize === 0 && response.status() === 200
            ? await refetchEncodedSize(request.url())
            : Math.max(0, sizes.responseBodySize);
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
): Promise<{
  ms: number;
  transfers: Transfer[];
  size: { width: number; height: number };
  marks: Record<string, number>;
}> {
  const context = await newContext(browser);
  const transfers = recordTransfers(context);
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'commit' });
  await waitForAtlas(page);
  const ms = await page.evaluate(() => window.__benchLoad!.idleAt!);
  // The app's own marks (components/map/early-map.ts): its map's early start and takeover.
  const marks = await page.evaluate(() =>
    Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])),
  );
  const size = await page.evaluate(() => {
    const c = window.__atlasMaps!['map-main']!.getCanvas();
    return { width: c.clientWidth, height: c.clientHeight };
  });
  await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined);
  const all = await transfers.done();
  await context.close();
  return { ms, transfers: all, size, marks };
}

/** autocannon's result, with the request errors it met counted by code. */
type LoadResult = autocannon.Result & { errorCodes: Record<string, number> };

/** One autocannon run on loopback, bounded: it stops after `seconds`, or 30 s later at worst. */
function autocannonRun(url: string, connections: number, seconds: number): Promise<LoadResult> {
  if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(url)) throw new Error(`not loopback: ${url}`);
  const errorCodes: Record<string, number> = {};
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections,
        duration: seconds,
        timeout: REQUEST_TIMEOUT_SECONDS,
        headers: { 'accept-encoding': ACCEPT_ENCODING },
      },
      (err: unknown, result: autocannon.Result) => {
        clearTimeout(guard);
        if (err) reject(err instanceof Error ? err : new Error(String(err)));
        else resolve({ ...result, errorCodes });
      },
    );
    instance.on('reqError', (e: Error & { code?: string }) => {
      const code = e.code ?? e.message;
      errorCodes[code] = (errorCodes[code] ?? 0) + 1;
    });
    const guard = setTimeout(() => instance.stop(), (seconds + 30) * 1000);
  });
}

/** Sums a path's rounds into one ServerRun. */
function summarise(
  path: string,
  connections: number,
  seconds: number,
  rounds: readonly LoadResult[],
): ServerRun {
  const sum = (f: (r: autocannon.Result) => number): number => rounds.reduce((a, r) => a + f(r), 0);
  const requests = sum((r) => r.requests.total);
  const duration = sum((r) => r.duration);
  return {
    path,
    connections,
    durationSeconds: seconds,
    requestsPerSecond: round(requests / duration, 1),
    perRoundRequestsPerSecond: rounds.map((r) => round(r.requests.total / r.duration, 1)),
    latencyP99Ms: round(Math.max(...rounds.map((r) => r.latency.p99)), 1),
    latencyMedianMs: round(sum((r) => r.latency.p50) / rounds.length, 1),
    requests,
    errors: sum((r) => r.errors),
    timeouts: sum((r) => r.timeouts),
    non2xx: sum((r) => r.non2xx),
    bytesPerRequest: requests > 0 ? Math.round(sum((r) => r.throughput.total) / requests) : 0,
  };
}

/**
 * The largest hashed JS chunk that a page's HTML loads from `/_next/static/`, by encoded size.
 * Each chunk must answer 200 from this server.
 */
async function largestChunk(origin: string, pagePath: string): Promise<string> {
  const html = await (await fetch(origin + pagePath)).text();
  const chunks = [...new Set(html.match(/\/_next\/static\/[^"'\s?]+\.js/g) ?? [])];
  if (chunks.length === 0) throw new Error(`no /_next/static/ chunk in the HTML of ${pagePath}`);
  let best = { path: '', bytes: -1 };
  for (const path of chunks) {
    const bytes = await refetchEncodedSize(origin + path);
    if (bytes > best.bytes) best = { path, bytes };
  }
  return best.path;
}

/** Fails unless every path answers 200 directly (no redirect) from this server. */
async function checkPaths(origin: string, paths: readonly string[]): Promise<void> {
  for (const path of paths) {
    const r = await fetch(origin + path, { redirect: 'manual' });
    await r.arrayBuffer();
    if (r.status !== 200) throw new Error(`${origin}${path} answered ${r.status}, not 200`);
  }
}

/**
 * One deployment under load, with nothing else running: a small static file (the floor), the
 * shared link, the geometry and the largest JS chunk of the link's page, each for RUN_SECONDS at
 * CONNECTIONS, in ABBA order over ROUNDS rounds so that a drift in the machine's load falls on
 * the floor and the paths alike; then the link at STRESS_CONNECTIONS for errors and timeouts.
 */
async function deploymentRun(
  label: string,
  server: string,
  child: ChildProcess,
  origin: string,
  linkPath: string,
): Promise<Deployment> {
  const chunkPath = await largestChunk(origin, linkPath);
  const paths = {
    floor: SMALL_FILE_PATH,
    link: linkPath,
    geometry: GEOMETRY_PATH,
    chunk: chunkPath,
  };
  await checkPaths(origin, Object.values(paths));
  const keys = ['floor', 'link', 'geometry', 'chunk'] as const;
  // Warm-up (not recorded): one second at full load on each path.
  for (const k of keys)
    await assertAnswering(child, label, await autocannonRun(origin + paths[k], CONNECTIONS, 1));
  const results: Record<(typeof keys)[number], LoadResult[]> = {
    floor: [],
    link: [],
    geometry: [],
    chunk: [],
  };
  for (let round = 0; round < ROUNDS; round++) {
    for (const k of round % 2 === 0 ? keys : [...keys].reverse()) {
      const r = await autocannonRun(origin + paths[k], CONNECTIONS, RUN_SECONDS);
      await assertAnswering(child, label, r);
      results[k].push(r);
      log(`${label} ${paths[k]}: ${(r.requests.total / r.duration).toFixed(0)} req/s`);
    }
  }
  const floor = summarise(paths.floor, CONNECTIONS, RUN_SECONDS, results.floor);
  const ratioRun = (k: 'link' | 'geometry' | 'chunk'): Deployment['link'] => {
    const run = summarise(paths[k], CONNECTIONS, RUN_SECONDS, results[k]);
    return { run, ratio: round(run.requestsPerSecond / floor.requestsPerSecond, 3) };
  };
  const stressed = await autocannonRun(origin + linkPath, STRESS_CONNECTIONS, STRESS_SECONDS);
  await assertAnswering(child, label, stressed);
  const stress = summarise(linkPath, STRESS_CONNECTIONS, STRESS_SECONDS, [stressed]);
  log(
    `${label} ${linkPath} at ${STRESS_CONNECTIONS} connections: ${stress.requestsPerSecond} req/s, ` +
      `${stress.errors} errors (${stress.timeouts} timeouts), ${stress.non2xx} non-2xx`,
  );
  return {
    server,
    floor,
    link: ratioRun('link'),
    geometry: ratioRun('geometry'),
    chunk: ratioRun('chunk'),
    stress,
  };
}

/**
 * Measures a deployment with its server (starting it if need be), then stops the server. If the
 * server stops answering (on a shared machine another process may end it), it is started again
 * and the deployment measured again, once.
 */
async function measureDeployment(
  live: { server: ChildProcess | null },
  start: () => Promise<ChildProcess>,
  label: string,
  description: string,
  origin: string,
  linkPath: string,
): Promise<Deployment> {
  for (let attempt = 1; ; attempt++) {
    live.server ??= await start();
    try {
      return await deploymentRun(label, description, live.server, origin, linkPath);
    } catch (err) {
      if (!(err instanceof ServerStopped) || attempt > 1) throw err;
      log(`${err.message}; starting it again to measure again`);
    } finally {
      await stopServerAndWait(live.server);
      live.server = null;
    }
  }
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
      `Scrub: year change → drawn (median / p95, ${r.scrub.runs} runs)`,
      `${r.scrub.yearChangeMs.median} / ${r.scrub.yearChangeMs.p95} ms`,
      `repaint ${r.scrub.repaintMs.median} / ${r.scrub.repaintMs.p95} ms`,
      `×${r.scrub.ratio.median} (${r.scrub.ratio.min}–${r.scrub.ratio.max})`,
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
    [
      'Load: map started (before hydration) → taken by the hydrated atlas (median)',
      `${r.load.mapStartedMedianMs ?? '—'} ms → ${r.load.mapTakenMedianMs ?? '—'} ms`,
      '',
      '',
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
    [
      `JS heap slope, sweeps ${r.memory.slope.fromSweep}–${r.memory.slope.toSweep}`,
      `${r.memory.slope.mbPerSweep} MB/sweep`,
      `± ${r.memory.slope.standardErrorMb} (residual sd ${r.memory.slope.residualSdMb} MB)`,
      '',
    ],
    ...(['next', 'static'] as const).flatMap((k): [string, string, string, string][] => {
      const d = r.server[k];
      const run = (s: ServerRun): string =>
        `${s.requestsPerSecond} req/s, p99 ${s.latencyP99Ms} ms`;
      return [
        ...(['link', 'geometry', 'chunk'] as const).map((p): [string, string, string, string] => [
          `${k}: ${d[p].run.path} (${d[p].run.connections} conns)`,
          run(d[p].run),
          `${d.floor.path} ${run(d.floor)}`,
          `×${d[p].ratio}`,
        ]),
        [
          `${k}: ${d.stress.path} (${d.stress.connections} conns)`,
          run(d.stress),
          '',
          `${d.stress.errors - d.stress.timeouts} errors, ${d.stress.timeouts} timeouts, ${d.stress.non2xx} non-2xx`,
        ],
      ];
    }),
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
    // The static export first: it writes .next too, which the server build then replaces.
    for (const script of ['build:static', 'build']) {
      log(`building (npm run ${script})…`);
      const b = spawnSync('npm', ['run', script], {
        cwd: root,
        stdio: 'inherit',
        // A test build: the benchmark reads the map through window.__atlasMaps (components/map/test-hook.ts).
        env: { ...process.env, NEXT_PUBLIC_TEST_HOOKS: '1' },
      });
      if (b.status !== 0) throw new Error(`npm run ${script} failed`);
    }
  }
  if (!existsSync(join(root, 'out', 'index.html')))
    throw new Error('no static export in out/: run `npm run build:static` (or drop --no-build)');
  const loadAtStart = load3();
  log(`load average ${loadAtStart.join(' ')} on ${cpus().length} cores`);
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found (see scripts/ensure-browser.ts).');
  const port = await freePort();
  const live: { server: ChildProcess | null } = { server: null };
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

    // Warm the server and learn the app's map size, so that the floor draws the same area.
    const warm = await coldVisit(browser, `${origin}/`);
    const floorUrl = `${origin}${FLOOR_PATH}?w=${warm.size.width}&h=${warm.size.height}`;
    await coldVisit(browser, floorUrl);

    // 3 + 4. Load and bytes: alternating cold visits, a fresh context each.
    const appMs: number[] = [];
    const floorMs: number[] = [];
    const startedMs: number[] = [];
    const takenMs: number[] = [];
    let appBytes: BytesBreakdown | null = null;
    let floorBytes: BytesBreakdown | null = null;
    for (let i = 0; i < LOAD_RUNS; i++) {
      const order = i % 2 === 0 ? (['app', 'floor'] as const) : (['floor', 'app'] as const);
      for (const which of order) {
        const v = await coldVisit(browser, which === 'app' ? `${origin}/` : floorUrl);
        if (which === 'app') {
          appMs.push(round(v.ms, 1));
          appBytes ??= breakdown(v.transfers);
          const started = v.marks['atlas:map-started-early'];
          const taken = v.marks['atlas:early-map-taken'];
          if (started !== undefined) startedMs.push(round(started, 1));
          if (taken !== undefined) takenMs.push(round(taken, 1));
        } else {
          floorMs.push(round(v.ms, 1));
          floorBytes ??= breakdown(v.transfers);
        }
      }
      log(`load run ${i + 1}/${LOAD_RUNS}: app ${appMs.at(-1)} ms, floor ${floorMs.at(-1)} ms`);
    }

    // 1 + 5. Scrub: SCRUB_RUNS runs, each on a fresh page; memory continues on the last one.
    const sweep = [
      ...Array.from({ length: lastYear - FIRST_YEAR }, (_, i) => FIRST_YEAR + 1 + i),
      ...Array.from({ length: lastYear - FIRST_YEAR }, (_, i) => lastYear - 1 - i),
    ];
    const scrubRuns: ScrubRun[] = [];
    let scrubPage: { context: BrowserContext; page: Page } | null = null;
    let renderer = '';
    for (let run = 0; run < SCRUB_RUNS; run++) {
      const context = await newContext(browser);
      const page = await context.newPage();
      await page.goto(`${origin}/?year=${FIRST_YEAR}`);
      await waitForAtlas(page);
      renderer ||= await page.evaluate(webglRenderer);
      const r = await scrubRun(page, sweep);
      scrubRuns.push(r);
      log(
        `scrub run ${run + 1}/${SCRUB_RUNS}: ${sweep.length} steps, median ${median(r.changeMs).toFixed(1)} ms ` +
          `vs repaint ${median(r.repaintMs).toFixed(1)} ms (×${r.ratio.toFixed(3)})`,
      );
      if (run < SCRUB_RUNS - 1) await context.close();
      else scrubPage = { context, page };
    }
    const { context, page } = scrubPage!;
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const heap = (): Promise<number> => jsHeapUsed(cdp);
    // The scrub run's sweep is sweep 1.
    const heapPerSweep = [await heap()];
    let memoryTimeouts = 0;
    for (let i = 1; i < MEMORY_SWEEPS; i++) {
      for (const y of sweep) {
        const s = await page.evaluate(yearStep, y);
        if (s.kind === 'timeout') memoryTimeouts++;
      }
      heapPerSweep.push(await heap());
    }
    const afterOne = heapPerSweep[0]!;
    const afterTen = heapPerSweep.at(-1)!;
    const sweepsFitted = heapPerSweep
      .map((bytes, i) => ({ sweep: i + 1, mb: bytes / 1e6 }))
      .filter((p) => p.sweep >= SLOPE_FROM_SWEEP);
    const fit = leastSquares(
      sweepsFitted.map((p) => p.sweep),
      sweepsFitted.map((p) => p.mb),
    );
    log(
      `memory: ${(afterOne / 1e6).toFixed(1)} MB → ${(afterTen / 1e6).toFixed(1)} MB; ` +
        `sweeps ${SLOPE_FROM_SWEEP}–${MEMORY_SWEEPS}: ${fit.slope.toFixed(3)} ± ${fit.slopeSe.toFixed(3)} MB/sweep`,
    );
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

    // 6. Throughput, with the browser closed: `next start`, then the static deployment alone.
    const loadBeforeServer = load3();
    const nextRun = await measureDeployment(
      live,
      () => startServer(port),
      'next start',
      'next start (npm start)',
      origin,
      LINK_PATH,
    );
    const staticPort = await freePort(port + 1);
    const staticOrigin = `http://127.0.0.1:${staticPort}`;
    // The export has a folder per page (`trailingSlash`); `/csto/2009` answers with a redirect.
    const staticRun = await measureDeployment(
      live,
      async () => {
        const child = await startStaticServer(staticPort);
        log(`http-server on ${staticOrigin}`);
        return child;
      },
      'static',
      `http-server ${HTTP_SERVER_ARGS.join(' ')} (npm run serve:static)`,
      staticOrigin,
      `${LINK_PATH}/`,
    );

    const all = (f: (r: ScrubRun) => number[]): number[] => scrubRuns.flatMap(f);
    const total = (f: (r: ScrubRun) => number): number => scrubRuns.reduce((a, r) => a + f(r), 0);
    const scrubRatios = scrubRuns.map((r) => round(r.ratio, 3));
    const scrubSpread = spread(scrubRatios);
    const uploads = total((r) => r.content) + total((r) => r.setData);
    const timeouts = total((r) => r.timeouts) + memoryTimeouts;
    const loadRatio = round(median(appMs) / median(floorMs), 3);
    const bytesRatio = round(appBytes!.total / floorBytes!.total, 3);
    const growth = round((afterTen - afterOne) / afterOne, 4);
    const yearsPerSecond =
      play.shown.length > 1 ? round(((play.shown.length - 1) * 1000) / (lastShown - first), 3) : 0;
    const everyYearRendered = skipped.length === 0 && notDrawn.length === 0;
    const deployments = [
      ['next', 'next start', nextRun],
      ['static', 'static (http-server)', staticRun],
    ] as const;
    const targets: Target[] = [
      target(
        'scrub-ratio',
        `Scrub: median year change ÷ median repaint (median of ${SCRUB_RUNS} runs)`,
        scrubSpread.median,
        '<=',
        1.1,
      ),
      target(
        'scrub-uploads',
        'Scrub: source re-uploads (content events + setData)',
        uploads,
        '==',
        0,
      ),
      target('scrub-timeouts', 'Scrub and memory sweeps: steps that never drew', timeouts, '==', 0),
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
      target('load-ratio', 'Load: median app ÷ median floor', loadRatio, '<=', 1.15),
      target('bytes-ratio', 'Bytes: app total ÷ floor total (gzip)', bytesRatio, '<=', 1.15),
      target('geometry-bytes', 'Bytes: geometry (gzip, bytes)', appBytes!.geometry, '<=', 100_000),
      target(
        'memory-slope',
        `Memory: heap slope over sweeps ${SLOPE_FROM_SWEEP}–${MEMORY_SWEEPS}, MB per sweep`,
        round(fit.slope, 4),
        '<=',
        MAX_HEAP_SLOPE_MB,
      ),
      ...deployments.flatMap(([id, label, d]) => [
        target(
          `server-link-ratio-${id}`,
          `Server, ${label}: ${d.link.run.path} req/s ÷ ${d.floor.path} req/s (${CONNECTIONS} connections)`,
          d.link.ratio,
          '>=',
          0.5,
        ),
        target(
          `server-errors-${id}`,
          `Server, ${label}: errors + non-2xx over every ${CONNECTIONS}-connection run`,
          [d.floor, d.link.run, d.geometry.run, d.chunk.run].reduce(
            (a, r) => a + r.errors + r.non2xx,
            0,
          ),
          '==',
          0,
        ),
        target(
          `stress-errors-${id}`,
          `Server, ${label}: ${d.stress.path} at ${STRESS_CONNECTIONS} connections, errors (not timeouts) + non-2xx`,
          d.stress.errors - d.stress.timeouts + d.stress.non2xx,
          '==',
          0,
        ),
        target(
          `stress-timeouts-${id}`,
          `Server, ${label}: ${d.stress.path} at ${STRESS_CONNECTIONS} connections, timeouts (${REQUEST_TIMEOUT_SECONDS} s)`,
          d.stress.timeouts,
          '==',
          0,
        ),
      ]),
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
        loadAverage: { start: loadAtStart, beforeServer: loadBeforeServer, end: load3() },
      },
      durationSeconds: round((Date.now() - started) / 1000, 1),
      scrub: {
        years: [FIRST_YEAR, lastYear],
        runs: SCRUB_RUNS,
        steps: sweep.length,
        yearChangeMs: stats(all((r) => r.changeMs)),
        repaintMs: stats(all((r) => r.repaintMs)),
        ratio: {
          median: round(scrubSpread.median, 3),
          min: scrubSpread.min,
          max: scrubSpread.max,
          perRun: scrubRatios,
        },
        perRun: scrubRuns.map((r) => ({
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
        timeouts,
        setFeatureStateCallsPerStep: round(
          total((r) => r.sfsCalls) / (sweep.length * SCRUB_RUNS),
          1,
        ),
        sourceContentEvents: total((r) => r.content),
        setDataCalls: total((r) => r.setData),
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
        ...(startedMs.length > 0 && { mapStartedMedianMs: round(median(startedMs), 1) }),
        ...(takenMs.length > 0 && { mapTakenMedianMs: round(median(takenMs), 1) }),
      },
      bytes: { app: appBytes!, floor: floorBytes!, ratio: bytesRatio },
      memory: {
        afterOneSweepBytes: afterOne,
        afterTenSweepsBytes: afterTen,
        growth,
        perSweepBytes: heapPerSweep,
        slope: {
          fromSweep: SLOPE_FROM_SWEEP,
          toSweep: MEMORY_SWEEPS,
          mbPerSweep: round(fit.slope, 4),
          residualSdMb: round(fit.residualSd, 4),
          standardErrorMb: round(fit.slopeSe, 4),
        },
      },
      server: {
        connections: CONNECTIONS,
        rounds: ROUNDS,
        acceptEncoding: ACCEPT_ENCODING,
        next: nextRun,
        static: staticRun,
      },
      targets,
    };
    resultsSchema.parse(results);
    // Written as Prettier formats it, so that `prettier --check` passes after a run.
    const file = join(__dirname, 'results.json');
    const prettier = await import('prettier');
    const options = (await prettier.resolveConfig(file)) ?? {};
    writeFileSync(
      file,
      await prettier.format(JSON.stringify(results, null, 2), { ...options, filepath: file }),
    );
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
