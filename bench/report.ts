/**
 * The benchmark's report: the targets, each judged from its own figure, bench/results.json
 * (checked against bench/results-schema.ts and written as Prettier formats it) and the table
 * printed at the end of a run.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_HEAP_SLOPE_MB } from './heap';
import { resultsSchema, type BenchResults, type ServerRun, type Target } from './results-schema';
import { round } from './stats';
import { REQUEST_TIMEOUT_SECONDS } from './throughput';

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

/** The run's figures with their targets. */
export function withTargets(r: Omit<BenchResults, 'targets'>): BenchResults {
  const deployments = [
    ['next', 'next start', r.server.next],
    ['static', 'static (http-server)', r.server.static],
  ] as const;
  const connections = r.server.connections;
  const targets: Target[] = [
    target(
      'scrub-ratio',
      `Scrub: median year change ÷ median repaint (median of ${r.scrub.runs} runs)`,
      r.scrub.ratio.median,
      '<=',
      1.1,
    ),
    target(
      'scrub-uploads',
      'Scrub: source re-uploads (content events + setData)',
      r.scrub.sourceContentEvents + r.scrub.setDataCalls,
      '==',
      0,
    ),
    target(
      'scrub-timeouts',
      'Scrub and memory sweeps: steps that never drew',
      r.scrub.timeouts,
      '==',
      0,
    ),
    target(
      'play-every-year',
      'Play: every year shown and drawn (1 = yes)',
      r.play.everyYearRendered ? 1 : 0,
      '==',
      1,
    ),
    target(
      'play-rate',
      `Play: years/s ÷ clock (${r.play.speedYearsPerSecond}/s)`,
      round(r.play.yearsPerSecond / r.play.speedYearsPerSecond, 3),
      '>=',
      0.95,
    ),
    target('load-ratio', 'Load: median app ÷ median floor', r.load.ratio, '<=', 1.15),
    target('bytes-ratio', 'Bytes: app total ÷ floor total (gzip)', r.bytes.ratio, '<=', 1.15),
    target('geometry-bytes', 'Bytes: geometry (gzip, bytes)', r.bytes.app.geometry, '<=', 100_000),
    target(
      'memory-slope',
      `Memory: heap slope over sweeps ${r.memory.slope.fromSweep}–${r.memory.slope.toSweep}, MB per sweep`,
      r.memory.slope.mbPerSweep,
      '<=',
      MAX_HEAP_SLOPE_MB,
    ),
    ...deployments.flatMap(([id, label, d]) => [
      target(
        `server-link-ratio-${id}`,
        `Server, ${label}: ${d.link.run.path} req/s ÷ ${d.floor.path} req/s (${connections} connections)`,
        d.link.ratio,
        '>=',
        0.5,
      ),
      target(
        `server-errors-${id}`,
        `Server, ${label}: errors + non-2xx over every ${connections}-connection run`,
        [d.floor, d.link.run, d.geometry.run, d.chunk.run].reduce(
          (a, run) => a + run.errors + run.non2xx,
          0,
        ),
        '==',
        0,
      ),
      target(
        `stress-errors-${id}`,
        `Server, ${label}: ${d.stress.path} at ${d.stress.connections} connections, errors (not timeouts) + non-2xx`,
        d.stress.errors - d.stress.timeouts + d.stress.non2xx,
        '==',
        0,
      ),
      target(
        `stress-timeouts-${id}`,
        `Server, ${label}: ${d.stress.path} at ${d.stress.connections} connections, timeouts (${REQUEST_TIMEOUT_SECONDS} s)`,
        d.stress.timeouts,
        '==',
        0,
      ),
    ]),
  ];
  return { ...r, targets };
}

/** Checks the results against the schema and writes bench/results.json. */
export async function writeResults(results: BenchResults): Promise<void> {
  resultsSchema.parse(results);
  // Written as Prettier formats it, so that `prettier --check` passes after a run.
  const file = join(__dirname, 'results.json');
  const prettier = await import('prettier');
  const options = (await prettier.resolveConfig(file)) ?? {};
  writeFileSync(
    file,
    await prettier.format(JSON.stringify(results, null, 2), { ...options, filepath: file }),
  );
}

const kB = (b: number): string => `${(b / 1000).toFixed(1)} kB`;

export function printTable(r: BenchResults): void {
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
