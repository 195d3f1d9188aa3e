/**
 * The throughput phase, with the browser closed: each deployment (`next start`, then the static
 * export under `http-server -g -b`) alone under autocannon on loopback. A small static file from
 * the same server is the floor; the shared link, the geometry and a JS chunk are reported as
 * ratios to it, and the link again at STRESS_CONNECTIONS for errors and timeouts.
 */
import type { ChildProcess } from 'node:child_process';
import autocannon from 'autocannon';
import { GEOMETRY } from '@/assets';
import { SMALL_FILE_PATH } from './floor-assets';
import { log } from './log';
import type { BenchResults, Deployment, ServerRun } from './results-schema';
import {
  HTTP_SERVER_ARGS,
  freePort,
  running,
  serverLog,
  startServer,
  startStaticServer,
  stopServerAndWait,
} from './servers';
import { round } from './stats';
import { refetchEncodedSize } from './transfers';

/** Connections and length of each autocannon run, and rounds in ABBA order. */
const CONNECTIONS = 50;
const RUN_SECONDS = 5;
const ROUNDS = 2;
const STRESS_CONNECTIONS = 200;
const STRESS_SECONDS = 10;
/** autocannon's own default: a request with no answer in 10 s counts as a timeout. */
export const REQUEST_TIMEOUT_SECONDS = 10;
const ACCEPT_ENCODING = 'gzip, deflate, br';
/** A shared state link: a prerendered organisation × year page. */
const LINK_PATH = '/csto/2009';

/** The server of the deployment being measured, if one is running (the caller stops it on exit). */
export interface LiveServer {
  server: ChildProcess | null;
}

/** A server that stopped answering during a throughput run (another process may have ended it). */
class ServerStopped extends Error {}

async function assertAnswering(child: ChildProcess, label: string, r: LoadResult): Promise<void> {
  if (r.requests.total > 0 && running(child)) return;
  const rec = serverLog(child);
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
    geometry: GEOMETRY.url,
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
  live: LiveServer,
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

/**
 * Both deployments, one after the other: `next start` on `port` (the server in `live`, if it is
 * still running from the browser phases, or a new one), then the static export on the next free
 * port. Each server is stopped when its deployment is measured.
 */
export async function measureServers(
  live: LiveServer,
  port: number,
): Promise<BenchResults['server']> {
  const next = await measureDeployment(
    live,
    () => startServer(port),
    'next start',
    'next start (npm start)',
    `http://127.0.0.1:${port}`,
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
  return {
    connections: CONNECTIONS,
    rounds: ROUNDS,
    acceptEncoding: ACCEPT_ENCODING,
    next,
    static: staticRun,
  };
}
