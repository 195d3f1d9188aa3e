/**
 * The unit tests as `npm run mutate` runs them: all of vitest.config.ts but geo/build.test.ts, which
 * builds the whole region from Natural Earth in a beforeAll hook. That hook makes every mutant of
 * geo/ that it touches "static" (run against every test, the build included: minutes per mutant
 * that loops), and it tests geo/build.ts, which is not mutated. geo/decode.test.ts,
 * geo/bounds.test.ts and geo/turf-helpers.test.ts test those modules on small shapes instead.
 */
import { configDefaults, defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config';

export default mergeConfig(
  base,
  defineConfig({ test: { exclude: [...configDefaults.exclude, 'geo/build.test.ts'] } }),
);
