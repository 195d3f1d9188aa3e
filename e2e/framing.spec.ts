/**
 * What a reader sees before touching anything, and the ways back: every one of the fifteen states
 * on screen and labelled at the opening view on a desktop and on a phone; a marker that does not
 * take the hover of the state beneath it; the reset control; a closed panel returning the view and
 * the focus; the map canvas's focus ring and arrow keys; the legend naming who is in each class.
 */
import { expect, test, type Page } from '@playwright/test';
import { INSIDE, POST_SOVIET, waitForMap } from './helpers';

/** The states whose label MapLibre placed, with the label's text, and whether a point inside each state is on the canvas. */
async function openingView(page: Page): Promise<{
  labelled: Record<string, string>;
  offCanvas: string[];
  zoom: number;
  /** Armenia's width on screen, from 43.45°E to 46.6°E at 40°N, in CSS pixels. */
  armeniaPx: number;
}> {
  return page.evaluate((inside) => {
    const map = window.__atlasMaps!['map-main']!;
    const c = map.getCanvas();
    const labelled: Record<string, string> = {};
    for (const f of map.queryRenderedFeatures({ layers: ['state-labels'] })) {
      const p = map.project(
        f.geometry.type === 'Point' ? (f.geometry.coordinates as [number, number]) : [0, 0],
      );
      if (p.x >= 0 && p.x <= c.clientWidth && p.y >= 0 && p.y <= c.clientHeight)
        labelled[String(f.properties.iso3)] = String(f.properties.short ?? f.properties.name);
    }
    const offCanvas = Object.entries(inside)
      .filter(([, at]) => {
        const p = map.project(at);
        return !(p.x >= 0 && p.x <= c.clientWidth && p.y >= 0 && p.y <= c.clientHeight);
      })
      .map(([iso]) => iso);
    const armeniaPx = map.project([46.6, 40]).x - map.project([43.45, 40]).x;
    return { labelled, offCanvas, zoom: map.getZoom(), armeniaPx };
  }, INSIDE);
}

test.describe('the opening view shows and labels all fifteen', () => {
  test('on a 1280×800 desktop', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/');
    await waitForMap(page);
    const view = await openingView(page);
    expect(view.offCanvas).toEqual([]);
    expect(Object.keys(view.labelled).sort()).toEqual(POST_SOVIET);
    // Small states are labelled in short form at the opening zoom.
    expect(view.labelled.MDA).toBe('Mold.');
    expect(view.labelled.ARM).toBe('Arm.');
    // Armenia about 35 px wide (it was 11 px when the map opened on the whole of Russia).
    expect(view.armeniaPx).toBeGreaterThan(28);
  });

  test('on a 390×844 touch phone', async ({ browser }) => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
      deviceScaleFactor: 2,
    });
    const page = await context.newPage();
    await page.goto('/');
    await waitForMap(page);
    const view = await openingView(page);
    expect(view.offCanvas).toEqual([]);
    expect(Object.keys(view.labelled).sort()).toEqual(POST_SOVIET);
    // Not the whole world: the region fills the map's width, Armenia about 18 px wide.
    expect(view.armeniaPx).toBeGreaterThan(15);
    await context.close();
  });
});

test('a territory marker does not take the hover of the state beneath it', async ({ page }) => {
  await page.goto('/?layer=cis&year=2009');
  await waitForMap(page);
  // Transnistria's ring (data/records/territories.json) sits on Moldova, near Tiraspol.
  const p = await page.evaluate(() => {
    const map = window.__atlasMaps!['map-main']!;
    const ring = map
      .querySourceFeatures('territory-points')
      .find((f) => String(f.properties.name).startsWith('Transnistria'));
    return map.project(
      ring!.geometry.type === 'Point' ? (ring!.geometry.coordinates as [number, number]) : [0, 0],
    );
  });
  const box = (await page.getByTestId('map-main').boundingBox())!;
  await page.mouse.move(box.x + p.x, box.y + p.y);
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toHaveText(/^Moldova: /);
  await expect(tooltip).toContainText('Transnistria');
  await page.mouse.click(box.x + p.x, box.y + p.y);
  await expect(page.getByRole('heading', { level: 2, name: /^Moldova/ })).toBeVisible();
});

test('the legend of the CSTO in 2008 names its seven members', async ({ page }) => {
  await page.goto('/?layer=csto&year=2008');
  await waitForMap(page);
  const members = page.locator('.legend li[data-class="member"] .legend-states button');
  // Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, Tajikistan (1992/1994 treaty, 2002 charter)
  // and Uzbekistan (rejoined 2006, suspended only in 2012).
  await expect(members).toHaveText([
    'Armenia',
    'Belarus',
    'Kazakhstan',
    'Kyrgyzstan',
    'Russia',
    'Tajikistan',
    'Uzbekistan',
  ]);
  // A name highlights its state on the map.
  await members.filter({ hasText: 'Kyrgyzstan' }).hover();
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          window.__atlasMaps!['map-main']!.getFeatureState({ source: 'countries', id: 'KGZ' })
            .highlight,
      ),
    )
    .toBe(true);
});

test.describe('ways back', () => {
  test('the reset control returns to the opening view', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    const zoom = () => page.evaluate(() => window.__atlasMaps!['map-main']!.getZoom());
    const opening = await zoom();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(zoom).toBeGreaterThan(opening + 1.5);
    await page.getByRole('button', { name: 'Reset the view to the whole region' }).click();
    await expect.poll(zoom).toBeCloseTo(opening, 2);
  });

  test('closing a panel with Escape returns the view and the focus to where they were', async ({
    page,
  }) => {
    await page.goto('/?layer=cis&year=2015');
    await waitForMap(page);
    const camera = () =>
      page.evaluate(() => {
        const map = window.__atlasMaps!['map-main']!;
        return { zoom: map.getZoom(), moving: map.isMoving() };
      });
    const opening = (await camera()).zoom;
    // Open Georgia's panel from the search box.
    const search = page.getByRole('combobox', { name: 'Find a country' });
    await search.fill('Georgia');
    await search.press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: /^Georgia/ })).toBeVisible();
    await expect.poll(async () => (await camera()).zoom).toBeGreaterThan(opening + 1);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('heading', { level: 2, name: /^Georgia/ })).toHaveCount(0);
    await expect(search).toBeFocused();
    await expect.poll(async () => (await camera()).zoom).toBeCloseTo(opening, 2);
  });

  test('a panel opened from the map returns focus to the map, which shows it and pans with the arrow keys', async ({
    page,
  }) => {
    await page.goto('/?layer=cis&year=2015');
    await waitForMap(page);
    const canvas = page.getByTestId('map-main').locator('canvas');
    // Keyboard focus on the canvas shows a ring.
    await canvas.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(canvas).toBeFocused();
    expect(await canvas.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
    const lng = () => page.evaluate(() => window.__atlasMaps!['map-main']!.getCenter().lng);
    const before = await lng();
    await page.keyboard.press('ArrowRight');
    await expect.poll(lng).toBeGreaterThan(before + 1);

    const p = await page.evaluate(
      (at) => window.__atlasMaps!['map-main']!.project(at),
      INSIDE.KAZ!,
    );
    const box = (await page.getByTestId('map-main').boundingBox())!;
    await page.mouse.click(box.x + p.x, box.y + p.y);
    await expect(page.getByRole('heading', { level: 2, name: /^Kazakhstan/ })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(canvas).toBeFocused();
  });
});
