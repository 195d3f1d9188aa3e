/** The shape of bench/results.json, written by bench/run.ts and checked by bench/results.test.ts. */
import { z } from 'zod';

const num = z.number().finite();
const stats = z.object({ n: z.number().int().nonnegative(), median: num, p95: num });

export const bytesSchema = z.object({
  js: num,
  css: num,
  geometry: num,
  fonts: num,
  data: num,
  other: num,
  total: num,
  requests: z.number().int().nonnegative(),
  /** Responses over 1 kB of a compressible type that came without Content-Encoding. */
  uncompressed: z.array(z.string()),
  /** Every response: path, category, encoded bytes. */
  files: z.array(z.object({ path: z.string(), category: z.string(), bytes: num })),
});

export const targetSchema = z.object({
  id: z.string(),
  description: z.string(),
  value: num.nullable(),
  target: num,
  /** How value compares with target. */
  comparison: z.enum(['<=', '>=', '==']),
  pass: z.boolean(),
});

export const serverRunSchema = z.object({
  path: z.string(),
  requestsPerSecond: num,
  latencyP99Ms: num,
  latencyMedianMs: num,
  requests: z.number().int().nonnegative(),
  errors: z.number().int().nonnegative(),
  timeouts: z.number().int().nonnegative(),
  non2xx: z.number().int().nonnegative(),
  bytesPerRequest: num,
});

export const resultsSchema = z.object({
  date: z.iso.datetime(),
  machine: z.object({
    cores: z.number().int().positive(),
    totalMemoryBytes: num,
    platform: z.string(),
    node: z.string(),
    chromium: z.string(),
    webglRenderer: z.string(),
  }),
  durationSeconds: num,
  scrub: z.object({
    years: z.tuple([z.number().int(), z.number().int()]),
    steps: z.number().int().positive(),
    /** Year change to the idle after the frame drawn with the new feature state, ms. */
    yearChangeMs: stats,
    /** The same endpoint for `triggerRepaint()` of the unchanged map, interleaved, ms. */
    repaintMs: stats,
    ratioOfMedians: num,
    /** Medians over the drawn steps, ms after the input event: React's commit of the new year,
     *  the app's first setFeatureState, the frame drawn after the last one, and the idle after it. */
    breakdownMedianMs: z.object({
      commit: num,
      firstSetFeatureState: num,
      frameDrawn: num,
      idle: num,
    }),
    /** Steps where the app set no feature state (nothing to redraw), timed to the React commit. */
    stepsWithoutRedraw: z.number().int().nonnegative(),
    timeouts: z.number().int().nonnegative(),
    setFeatureStateCallsPerStep: num,
    sourceContentEvents: z.number().int().nonnegative(),
    setDataCalls: z.number().int().nonnegative(),
  }),
  play: z.object({
    speedYearsPerSecond: num,
    yearsShown: z.array(z.number().int()),
    skippedYears: z.array(z.number().int()),
    yearsNotDrawn: z.array(z.number().int()),
    everyYearRendered: z.boolean(),
    framesDrawn: z.number().int().nonnegative(),
    yearsPerSecond: num,
    tickIntervalMs: stats,
  }),
  load: z.object({
    runs: z.number().int().positive(),
    appMs: z.array(num),
    floorMs: z.array(num),
    appMedianMs: num,
    floorMedianMs: num,
    ratio: num,
    mapSize: z.object({ width: num, height: num }),
  }),
  bytes: z.object({ app: bytesSchema, floor: bytesSchema, ratio: num }),
  memory: z.object({
    afterOneSweepBytes: num,
    afterTenSweepsBytes: num,
    growth: num,
    perSweepBytes: z.array(num),
  }),
  server: z.array(serverRunSchema),
  targets: z.array(targetSchema),
});

export type BenchResults = z.infer<typeof resultsSchema>;
export type BytesBreakdown = z.infer<typeof bytesSchema>;
export type ServerRun = z.infer<typeof serverRunSchema>;
export type Target = z.infer<typeof targetSchema>;
