import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './e2e/browser';
import packageJson from './package.json' with { type: 'json' };

// "Today" for the tests and the server they start: the day npm test pins (the build it tests was
// made with the same), else package.json's config.today. No test reads the machine's clock.
process.env.ATLAS_TODAY ||= packageJson.config.today;

const PORT = Number(process.env.E2E_PORT ?? 3107);

/**
 * The specs whose outcome depends on what serves the pages (headers, redirects, the proxy, paths
 * with and without a trailing slash, generated files): run against both deployments. Every other
 * spec drives the same prerendered pages and scripts in both, so it runs once, against the static
 * deployment, the one a host serves (npm test: `test:e2e:static`). `E2E_ALL=1` runs every spec
 * against `next start` too (handy while working on one).
 */
const SERVER_SENSITIVE = ['bad-requests', 'data', 'share-embed', 'static-links', 'og-image'];

export default defineConfig({
  testDir: 'e2e',
  testMatch:
    process.env.E2E_STATIC || process.env.E2E_ALL
      ? '**/*.spec.ts'
      : SERVER_SENSITIVE.map((name) => `**/${name}.spec.ts`),
  // Software WebGL on two cores: one map at a time keeps the tests steady.
  workers: 1,
  fullyParallel: false,
  timeout: 90_000,
  expect: { timeout: 20_000 },
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1280, height: 860 },
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
  // The app as `npm start` serves it, or (E2E_STATIC=1) the static deployment in out/ served by a
  // plain static file server, with its pre-compressed files.
  webServer: process.env.E2E_STATIC
    ? {
        command: `npx http-server out -p ${PORT} -a 127.0.0.1 -g -b -s -c-1`,
        url: `http://127.0.0.1:${PORT}/`,
        reuseExistingServer: !process.env.CI,
        timeout: 60_000,
      }
    : {
        command: `npx next start -p ${PORT} -H 127.0.0.1`,
        url: `http://127.0.0.1:${PORT}/`,
        reuseExistingServer: !process.env.CI,
        timeout: 120_000,
        env: { NEXT_TELEMETRY_DISABLED: '1' },
      },
});
