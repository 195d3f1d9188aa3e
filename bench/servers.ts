/**
 * The benchmark's builds and servers: the production app under `next start` and the static export
 * under `http-server -g -b`, each on loopback, each stopped by its process group.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { log } from './log';

export const root = join(__dirname, '..');

/**
 * Builds the static export and the app, as test builds: the benchmark reads the map through
 * window.__atlasMaps (components/map/test-hook.ts).
 */
export function buildBoth(): void {
  // The static export first: it writes .next too, which the server build then replaces.
  for (const script of ['build:static', 'build']) {
    log(`building (npm run ${script})…`);
    const b = spawnSync('npm', ['run', script], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, NEXT_PUBLIC_TEST_HOOKS: '1' },
    });
    if (b.status !== 0) throw new Error(`npm run ${script} failed`);
  }
}

/** Fails unless the static export is there to serve. */
export function assertStaticExport(): void {
  if (!existsSync(join(root, 'out', 'index.html')))
    throw new Error('no static export in out/: run `npm run build:static` (or drop --no-build)');
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
export const HTTP_SERVER_ARGS = ['out', '-g', '-b', '-s', '-a', '127.0.0.1'];
export async function startStaticServer(port: number): Promise<ChildProcess> {
  return startProcess(
    'http-server',
    join(root, 'node_modules', '.bin', 'http-server'),
    [...HTTP_SERVER_ARGS, '-p', String(port)],
    port,
  );
}

/** What a server printed (its last 4000 characters) and how it ended, if it has. */
export interface ServerLog {
  output: string;
  ended: string | null;
}

/** What each server printed and how it ended: for the error when one stops answering. */
const serverLogs = new WeakMap<ChildProcess, ServerLog>();

export const serverLog = (child: ChildProcess): ServerLog | undefined => serverLogs.get(child);

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
  const rec: ServerLog = { output: '', ended: null };
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

export const running = (child: ChildProcess | null): child is ChildProcess =>
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
export async function stopServerAndWait(child: ChildProcess | null): Promise<void> {
  if (!running(child)) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  stopServer(child);
  await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
}
