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

/** One path under autocannon load (loopback), summed over its rounds. */
export const serverRunSchema = z.object({
  path: z.string(),
  connections: z.number().int().positive(),
  /** Length of each autocannon run, s. */
  durationSeconds: num,
  /** Requests completed ÷ seconds run, over all rounds. */
  requestsPerSecond: num,
  /** The same for each round (the path is measured once per round, in ABBA order). */
  perRoundRequestsPerSecond: z.array(num),
  /** The worse round's p99 and the rounds' mean median, ms. */
  latencyP99Ms: num,
  latencyMedianMs: num,
  requests: z.number().int().nonnegative(),
  /** Connection errors, timeouts included (autocannon's count). */
  errors: z.number().int().nonnegative(),
  /** Requests with no answer within the timeout. */
  timeouts: z.number().int().nonnegative(),
  /** Answers other than 2xx (a redirect counts). */
  non2xx: z.number().int().nonnegative(),
  bytesPerRequest: num,
});

/** A path measured against the small static file from the same server. */
const ratioRunSchema = z.object({ run: serverRunSchema, ratio: num });

/** One deployment under load: the small file (the floor), three paths, and the link at 200. */
export const deploymentSchema = z.object({
  /** The server and its command line. */
  server: z.string(),
  floor: serverRunSchema,
  /** A shared state link (a prerendered organisation × year page). */
  link: ratioRunSchema,
  geometry: ratioRunSchema,
  /** The largest hashed JS chunk the link's HTML loads. */
  chunk: ratioRunSchema,
  /** The link at 200 connections: errors and timeouts. */
  stress: serverRunSchema,
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
    /** 1, 5 and 15 minute load averages (the machine is shared): at the start, before the
     *  server runs and at the end. */
    loadAverage: z.object({
      start: z.array(num).length(3),
      beforeServer: z.array(num).length(3),
      end: z.array(num).length(3),
    }),
  }),
  durationSeconds: num,
  scrub: z.object({
    years: z.tuple([z.number().int(), z.number().int()]),
    /** Independent runs, each a fresh page sweeping every year forwards and back. */
    runs: z.number().int().positive(),
    /** Steps per run. */
    steps: z.number().int().positive(),
    /** Year change to the idle after the frame drawn with the new feature state, ms (all runs). */
    yearChangeMs: stats,
    /** The same endpoint for `triggerRepaint()` of the unchanged map, interleaved, ms (all runs). */
    repaintMs: stats,
    /** Each run's median year change ÷ its median repaint; the figure is their median. */
    ratio: z.object({ median: num, min: num, max: num, perRun: z.array(num) }),
    perRun: z.array(z.object({ yearChangeMs: stats, repaintMs: stats, ratio: num })),
    /** Medians over the drawn steps, ms after the input event: React's commit of the new year,
     *  the app's first setFeatureState, the frame drawn after the last one, and the idle after it. */
    breakdownMedianMs: z.object({
      commit: num,
      firstSetFeatureState: num,
      frameDrawn: num,
      idle: num,
    }),
    /** Counts below are totals over the runs.
     *  Steps where the app set no feature state (nothing to redraw), timed to the React commit. */
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
    /** (after 10 − after 1) ÷ after 1: includes the warm-up (JIT code, performance timeline). */
    growth: num,
    perSweepBytes: z.array(num),
    /** Least-squares slope of the heap over sweeps [from, to] (after warm-up), MB per sweep; the
     *  residuals' standard deviation (the measurement's noise) and the slope's standard error, MB. */
    slope: z.object({
      fromSweep: z.number().int().positive(),
      toSweep: z.number().int().positive(),
      mbPerSweep: num,
      residualSdMb: num,
      standardErrorMb: num,
    }),
  }),
  server: z.object({
    /** Connections for the ratio runs (the stress run uses `stress.connections`). */
    connections: z.number().int().positive(),
    /** Rounds of the ratio runs: floor, link, geometry, chunk, then the reverse. */
    rounds: z.number().int().positive(),
    acceptEncoding: z.string(),
    next: deploymentSchema,
    static: deploymentSchema,
  }),
  targets: z.array(targetSchema),
});

export type BenchResults = z.infer<typeof resultsSchema>;
export type BytesBreakdown = z.infer<typeof bytesSchema>;
export type ServerRun = z.infer<typeof serverRunSchema>;
export type Deployment = z.infer<typeof deploymentSchema>;
export type Target = z.infer<typeof targetSchema>;
