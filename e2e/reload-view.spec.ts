/**
 * The opening view is the same on every visit: the first, a reload, a second page in the same
 * browser, and one whose style sheet arrives late (as Firefox lays the page out). The map writes
 * its view into the hash only once the reader has moved it; a link with a view opens there; and
 * side by side never writes the `#0/0/0` of null island (newcomer audit, findings 1 and 2).
 */
import { expect, test, type BrowserContextOptions, type Page } from '@playwright/test';
import { INSIDE, waitForMap } from './helpers';

const zoom = (page: Page): Promise<number> =>
  page.evaluate(() => window.__atlasMaps!['map-main']!.getZoom());
const hash = (page: Page): Promise<string> => page.evaluate(() => window.location.hash);

/** Whether every one of the fifteen has a point inside it on the map's canvas. */
async function allFifteenOnCanvas(page: Page, testId = 'map-main'): Promise<string[]> {
  return page.evaluate(
    ({ id, inside }) => {
      const map = window.__atlasMaps![id]!;
      const c = map.getCanvas();
      return Object.entries(inside)
        .filter(([, at]) => {
          const p = map.project(at);
          return !(p.x >= 0 && p.x <= c.clientWidth && p.y >= 0 && p.y <= c.clientHeight);
        })
        .map(([iso]) => iso);
    },
    { id: testId, inside: INSIDE },
  );
}

const SIZES: { name: string; options: BrowserContextOptions; opening: [number, number] }[] = [
  // 1400×900: the map frame is 998×626, and the first visit opened at #3.27/50.38/54.
  {
    name: 'desktop 1400×900',
    options: { viewport: { width: 1400, height: 900 } },
    opening: [3.2, 3.35],
  },
  // The phone's first visit opened at #2.06/54.31/50 (the audit); a second at 1.86.
  {
    name: 'phone 390×844',
    options: {
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 2,
    },
    opening: [1.95, 2.3],
  },
];

for (const { name, options, opening } of SIZES) {
  test(`${name}: a reload and a second page open on the first visit's view, with no hash until the map is moved`, async ({
    browser,
  }) => {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    await page.goto('/');
    await waitForMap(page);
    const first = await zoom(page);
    expect(first).toBeGreaterThan(opening[0]);
    expect(first).toBeLessThan(opening[1]);
    expect(await allFifteenOnCanvas(page)).toEqual([]);
    await page.waitForTimeout(600); // past any delayed write of the hash
    expect(await hash(page)).toBe('');

    await page.reload();
    await waitForMap(page);
    expect(await zoom(page)).toBeCloseTo(first, 2);
    expect(await hash(page)).toBe('');

    const second = await context.newPage();
    await second.goto('/');
    await waitForMap(second);
    expect(await zoom(second)).toBeCloseTo(first, 2);
    await second.close();

    // The reader zooms in with the button: now the link carries the view, and a reload keeps it.
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => hash(page)).toMatch(/^#[\d.]+\/[-\d.]+\/[-\d.]+$/);
    const moved = await zoom(page);
    expect(moved).toBeGreaterThan(first + 0.5);
    await page.reload();
    await waitForMap(page);
    expect(await zoom(page)).toBeCloseTo(moved, 1);
    await context.close();
  });
}

test('a drag writes the view into the hash', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto('/?layer=csto&year=2008');
  await waitForMap(page);
  expect(await hash(page)).toBe('');
  const box = (await page.getByTestId('map-main').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 150, box.y + box.height / 2, { steps: 8 });
  await page.mouse.up();
  await expect.poll(() => hash(page)).toMatch(/^#[\d.]+\/[-\d.]+\/[-\d.]+$/);
  await expect(page).toHaveURL(/[?&]layer=csto.*#/);
});

test('a style sheet that arrives late does not leave the map zoomed out', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto('/');
  await waitForMap(page);
  const first = await zoom(page);
  await page.route('**/*.css', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.reload();
  await waitForMap(page);
  expect(await zoom(page)).toBeCloseTo(first, 2);
  expect(await hash(page)).toBe('');
});

test.describe('side by side', () => {
  test('never writes #0/0/0 into the address bar or the shared link', async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { seenUrls: string[] }).seenUrls = seen;
      for (const key of ['pushState', 'replaceState'] as const) {
        const original = history[key].bind(history);
        history[key] = (state: unknown, unused: string, url?: string | URL | null) => {
          if (url) seen.push(String(url));
          original(state, unused, url);
        };
      }
    });
    await page.goto('/?layer=csto&year=2015');
    await waitForMap(page);
    await page.getByRole('combobox', { name: 'with organisation' }).selectOption('eaeu');
    await page.getByRole('checkbox', { name: 'Side by side' }).check();
    await waitForMap(page, 'map-main');
    await waitForMap(page, 'map-second');
    await page.waitForTimeout(800);
    await expect(page).toHaveURL(/[?&]split=1/);
    expect(page.url()).not.toContain('#');
    const seen = await page.evaluate(() => (window as unknown as { seenUrls: string[] }).seenUrls);
    expect(seen.filter((u) => u.includes('#0/0/0'))).toEqual([]);
    await page.getByRole('button', { name: 'Share' }).click();
    await page.getByRole('button', { name: 'Copy link' }).click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/[?&]split=1/);
    expect(link).not.toContain('#0/0/0');
    expect(await allFifteenOnCanvas(page, 'map-second')).toEqual([]);
  });

  test('a link with #0/0/0 opens on the fifteen, with a notice', async ({ page }) => {
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.goto('/?layer=csto&year=2015&compare=eaeu&split=1#0/0/0');
    await waitForMap(page, 'map-main');
    await waitForMap(page, 'map-second');
    await expect(page.getByRole('status').filter({ hasText: 'map view' }).first()).toContainText(
      'shows none of the post-Soviet states',
    );
    expect(await allFifteenOnCanvas(page, 'map-main')).toEqual([]);
    expect(await allFifteenOnCanvas(page, 'map-second')).toEqual([]);
    expect(await zoom(page)).toBeGreaterThan(3);
    expect(page.url()).not.toContain('#0/0/0');
  });
});
