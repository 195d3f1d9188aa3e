// Mutation testing (StrykerJS with its vitest runner): `npm run mutate`. See docs/mutation.md.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));

// The tests run in a copy of the project under .stryker-tmp/, where data/records.test.ts cannot
// find ../shared/seeds by its relative path; hand it the real folder (the runners inherit this).
const seeds = join(root, '..', 'shared', 'seeds');
if (!process.env.ATLAS_SEEDS_DIR && existsSync(seeds)) process.env.ATLAS_SEEDS_DIR = seeds;

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  testRunner: 'vitest',
  // vitest.config.ts without geo/build.test.ts (see that file).
  vitest: { configFile: 'vitest.stryker.config.ts' },
  mutate: [
    // The data layer: every pure module.
    'data/**/*.ts',
    '!data/**/*.test.ts',
    // Glue that only reads the record files (disk I/O, the bundler's JSON imports); the parse
    // they share (data/records.ts) is mutated.
    '!data/atlas.ts',
    '!data/read-records.ts',
    // data/invariants.test.ts reads this module's own source to find its problems.push sites, and
    // the instrumented copy in the sandbox no longer reads as those templates: the initial test run
    // fails. Its rules are pinned by that file's broken fixtures instead.
    '!data/invariants.ts',
    // The page model (pure) and the URL codec.
    'model/**/*.ts',
    '!model/**/*.test.ts',
    '!model/index.ts',
    'components/url-codec.ts',
    'components/map/map-style.ts',
    // The ids and paint builders the style shares with the map's runtime.
    'components/map/map-vocabulary.ts',
    // geo/: decoding and the small helpers the browser uses. Not geo/build.ts, the build-time
    // script: its one test builds the whole region from Natural Earth (seconds per mutant).
    'geo/decode.ts',
    'geo/bounds.ts',
    'geo/turf-helpers.ts',
  ],
  // Not copied into the sandbox: build output, reports and files no unit test reads.
  ignorePatterns: [
    '.next',
    'out',
    'test-results',
    'playwright-report',
    'blob-report',
    'reports',
    'public/generated',
    'bench/tmp',
    '*.tsbuildinfo',
  ],
  coverageAnalysis: 'perTest',
  // Static mutants (constants evaluated once, when a module loads, and the schemas that parse the
  // records at import) need a fresh run of every related test file each: about nine in ten of the
  // run time for a third of the mutants (over 40 minutes). They are left out of the score.
  ignoreStatic: true,
  // Two cores, shared with the build and the other tests.
  concurrency: 1,
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  thresholds: { high: 90, low: 80, break: 80 },
  tempDirName: '.stryker-tmp',
};

export default config;
