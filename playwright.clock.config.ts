import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './e2e/browser';

/**
 * The clock tests: the static deployment as built on two later days (`scripts/build-at.ts`, one
 * folder each under `.clock/`), each served by a plain static server on its own port. A project
 * is named by its day; `e2e-clock/clock.spec.ts` reads the day from the project's name.
 */
export const CLOCK_DAYS = ['2027-03-15', '2030-06-01'] as const;
const port = (i: number): number => 3121 + i;

export default defineConfig({
  testDir: 'e2e-clock',
  workers: 1,
  fullyParallel: false,
  timeout: 90_000,
  expect: { timeout: 20_000 },
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    viewport: { width: 1400, height: 900 },
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
  projects: CLOCK_DAYS.map((day, i) => ({
    name: day,
    use: { baseURL: `http://127.0.0.1:${port(i)}` },
  })),
  webServer: CLOCK_DAYS.map((day, i) => ({
    command: `npx http-server .clock/${day} -p ${port(i)} -a 127.0.0.1 -g -b -s -c-1`,
    url: `http://127.0.0.1:${port(i)}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  })),
});
