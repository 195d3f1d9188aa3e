/**
 * Makes sure a Chromium exists for the end-to-end tests, so that `npm test` needs no set-up:
 * uses one that is there, else installs Debian's package (as root) or Playwright's build.
 */
import { execSync } from 'node:child_process';
import { findChromium } from '../e2e/browser';

function run(command: string): boolean {
  try {
    console.log(`ensure-browser: ${command}`);
    execSync(command, { stdio: 'inherit' });
    return true;
  } catch {
    return false;
  }
}

let path = findChromium();
if (!path) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && run('command -v apt-get >/dev/null')) {
    run(
      'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null',
    );
  }
  path = findChromium();
  if (!path) {
    run('npx playwright install chromium');
    path = findChromium();
  }
}
if (!path) {
  console.error(
    'ensure-browser: no Chromium found or installed. Set CHROMIUM_PATH to a Chromium executable.',
  );
  process.exit(1);
}
console.log(`ensure-browser: using ${path}`);
