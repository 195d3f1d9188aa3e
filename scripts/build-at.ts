/**
 * Builds the static deployment as it would be built on other days, for the clock tests
 * (`npm run test:clock`): `tsx scripts/build-at.ts` writes one folder per day of the clock tests
 * (`CLOCK_DAYS` in playwright.clock.config.ts; or the days given as arguments), `.clock/<day>/`,
 * each made by `npm run build:static` with `ATLAS_TODAY` set to that day.
 * The builds run one after another: they share `.next/`, `out/` and `public/generated/`.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { CLOCK_DAYS } from '../playwright.clock.config';

const given = process.argv.slice(2);
const days: readonly string[] = given.length > 0 ? given : CLOCK_DAYS;
if (days.some((d) => !/^\d{4}-\d{2}-\d{2}$/.test(d))) {
  console.error('usage: tsx scripts/build-at.ts YYYY-MM-DD [YYYY-MM-DD …]');
  process.exit(2);
}
mkdirSync('.clock', { recursive: true });
for (const day of days) {
  const started = Date.now();
  execSync('npm run build:static', {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ATLAS_TODAY: day, NEXT_TELEMETRY_DISABLED: '1' },
  });
  const target = `.clock/${day}`;
  if (existsSync(target)) rmSync(target, { recursive: true });
  renameSync('out', target);
  console.log(`build-at: ${target} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
