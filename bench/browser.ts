/**
 * The benchmark's pages: a fresh browser context for each visit, at one size, with the load hook
 * (bench/page-hooks.ts) installed before any page script runs.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { loadHook } from './page-hooks';

const VIEWPORT = { width: 1280, height: 800 };

export async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
    extraHTTPHeaders: { 'Accept-Encoding': 'gzip, deflate, br' },
  });
  // tsx (esbuild) wraps named inner functions in `__name(...)`; give the page a no-op one.
  await context.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
  await context.addInitScript(loadHook);
  return context;
}

/** Waits for the first complete map (the load hook's `idleAt`), the atlas's or the floor's. */
export async function waitForAtlas(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__benchLoad?.idleAt !== undefined, undefined, {
    timeout: 90_000,
  });
}
