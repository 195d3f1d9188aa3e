/**
 * Takes screenshots of pages of a running atlas, for looking at what people see:
 * `npx tsx scripts/screenshot.ts http://localhost:3000 out-dir path1 path2 ...`
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../e2e/browser';

async function main(): Promise<void> {
  const [base = 'http://localhost:3000', out = '/tmp', ...paths] = process.argv.slice(2);
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const [w, h] = (process.env.VIEWPORT ?? '1400x900').split('x').map(Number);
  const page = await browser.newPage({ viewport: { width: w ?? 1400, height: h ?? 900 } });
  page.on('console', (m) => console.log(`[console ${m.type()}] ${m.text()}`));
  page.on('response', (r) => {
    if (r.status() >= 400) console.log(`[${r.status()}] ${r.url()}`);
  });
  page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
  for (const [i, path] of (paths.length ? paths : ['/']).entries()) {
    await page.goto(base + path);
    await page
      .waitForFunction(
        () => {
          const frame = document.querySelector('[data-testid="map-main"]');
          if (!frame) return true;
          if (frame.getAttribute('data-map-status') === 'error') return true;
          const m = window.__atlasMaps?.['map-main'];
          return Boolean(m && m.loaded() && !m.isMoving());
        },
        undefined,
        { timeout: 60_000 },
      )
      .catch(() => console.log('map did not settle'));
    await page.waitForTimeout(1500);
    const file = `${out}/shot-${i}.png`;
    await page.screenshot({ path: file, fullPage: false });
    console.log(`${path} -> ${file}`);
  }
  await browser.close();
}

void main();
