import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resultsSchema, type BenchResults } from './results-schema';
import { leastSquares, median } from './stats';

const file = join(__dirname, 'results.json');
const read = (): BenchResults => resultsSchema.parse(JSON.parse(readFileSync(file, 'utf8')));

describe('bench/results.json', () => {
  it.runIf(existsSync(file))('has the shape bench/run.ts writes', () => {
    const parsed = resultsSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  it.runIf(existsSync(file))('judges every target from its own value', () => {
    const results = read();
    for (const t of results.targets) {
      const pass =
        t.value !== null &&
        (t.comparison === '<='
          ? t.value <= t.target
          : t.comparison === '>='
            ? t.value >= t.target
            : t.value === t.target);
      expect(t.pass, t.id).toBe(pass);
    }
  });

  it.runIf(existsSync(file))('has a target for every figure the README reports', () => {
    const ids = read().targets.map((t) => t.id);
    for (const id of [
      'scrub-ratio',
      'scrub-uploads',
      'scrub-timeouts',
      'play-every-year',
      'play-rate',
      'load-ratio',
      'bytes-ratio',
      'geometry-bytes',
      'memory-slope',
      'server-link-ratio-next',
      'server-link-ratio-static',
      'server-errors-next',
      'server-errors-static',
      'stress-errors-next',
      'stress-timeouts-next',
      'stress-errors-static',
      'stress-timeouts-static',
    ])
      expect(ids, id).toContain(id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.runIf(existsSync(file))(
    'reports the scrub as the median of its runs, with their range',
    () => {
      const { scrub, targets } = read();
      expect(scrub.ratio.perRun).toHaveLength(scrub.runs);
      expect(scrub.perRun.map((r) => r.ratio)).toEqual(scrub.ratio.perRun);
      expect(scrub.ratio.median).toBeCloseTo(median(scrub.ratio.perRun), 3);
      expect(scrub.ratio.min).toBe(Math.min(...scrub.ratio.perRun));
      expect(scrub.ratio.max).toBe(Math.max(...scrub.ratio.perRun));
      expect(targets.find((t) => t.id === 'scrub-ratio')?.value).toBe(scrub.ratio.median);
    },
  );

  it.runIf(existsSync(file))('fits the heap slope to the sweeps after the warm-up', () => {
    const { memory, targets } = read();
    const { fromSweep, toSweep, mbPerSweep } = memory.slope;
    expect(memory.perSweepBytes).toHaveLength(toSweep);
    expect(memory.afterOneSweepBytes).toBe(memory.perSweepBytes[0]);
    expect(memory.afterTenSweepsBytes).toBe(memory.perSweepBytes.at(-1));
    const xs = Array.from({ length: toSweep - fromSweep + 1 }, (_, i) => fromSweep + i);
    const fit = leastSquares(
      xs,
      xs.map((x) => memory.perSweepBytes[x - 1]! / 1e6),
    );
    expect(mbPerSweep).toBeCloseTo(fit.slope, 3);
    expect(targets.find((t) => t.id === 'memory-slope')?.value).toBe(mbPerSweep);
  });

  it.runIf(existsSync(file))(
    'gives each throughput as a ratio to the small file on the same server',
    () => {
      const { server } = read();
      for (const d of [server.next, server.static]) {
        for (const k of ['link', 'geometry', 'chunk'] as const) {
          expect(d[k].ratio, `${d.server} ${k}`).toBeCloseTo(
            d[k].run.requestsPerSecond / d.floor.requestsPerSecond,
            2,
          );
          expect(d[k].run.connections).toBe(server.connections);
          expect(d[k].run.durationSeconds).toBeLessThanOrEqual(10);
          expect(d[k].run.perRoundRequestsPerSecond).toHaveLength(server.rounds);
        }
        expect(d.chunk.run.path).toMatch(/^\/_next\/static\/.+\.js$/);
        expect(d.stress.path).toBe(d.link.run.path);
        expect(d.stress.connections).toBe(200);
        expect(d.stress.durationSeconds).toBeLessThanOrEqual(10);
        expect(d.stress.timeouts).toBeLessThanOrEqual(d.stress.errors);
      }
      expect(server.next.link.run.path).toBe('/csto/2009');
      expect(server.static.link.run.path).toBe('/csto/2009/');
    },
  );
});
