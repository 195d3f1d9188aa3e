/**
 * Finds a Chromium for the tests and the benchmark: `CHROMIUM_PATH`, Playwright's own build,
 * or the system's (Debian's /usr/bin/chromium). `scripts/ensure-browser.ts` installs one when
 * none is found.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUMS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** The flags a headless Chromium needs on a machine with no network beyond package registries. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
];

/** The path of a Chromium executable, or `undefined` when there is none. */
export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // Playwright has no browser of its own here; try the system's.
  }
  return SYSTEM_CHROMIUMS.find((p) => existsSync(p));
}
