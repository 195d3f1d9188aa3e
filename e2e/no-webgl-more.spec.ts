/**
 * The SVG map (a browser without WebGL) draws what the legend promises: the year's event dots,
 * the territories' rings and, when switched on, the Russian forces' points, each named; Tab goes
 * through the fifteen from A to Z; it zooms; Escape returns focus to the state that opened the panel.
 */
import { expect, test, type Page } from '@playwright/test';
import { withoutWebGl } from './helpers';

test.beforeEach(async ({ page }) => withoutWebGl(page));

const svgMap = (page: Page) => page.getByTestId('map-main').locator('.svg-map');

async function namesOf(page: Page, kind: string): Promise<string[]> {
  return svgMap(page)
    .locator(`[data-marker="${kind}"] title`)
    .evaluateAll((titles) => titles.map((t) => t.textContent ?? '').sort());
}

test('the year’s events, the territories and the Russian forces are drawn and named', async ({
  page,
}) => {
  await page.goto('/?layer=cis&year=2015');
  await expect(svgMap(page).locator('path[data-iso3]')).toHaveCount(15);
  // Ringed points in 2015 (data/records/territories.json: drawn as points, in force on 31 Dec 2015;
  // Crimea is hatched as an area).
  await expect
    .poll(() => namesOf(page, 'territory'))
    .toEqual([
      'Abkhazia',
      'Nagorno-Karabakh',
      'Russian-occupied Donetsk oblast',
      'Russian-occupied Luhansk oblast',
      'South Ossetia (Tskhinvali region)',
      'Transnistria',
    ]);
  // The CIS summit of 16 October 2015 in Burabay is a dot of the CIS layer's year.
  expect(await namesOf(page, 'event')).toContain('CIS summit in Burabay (Burabay)');
  // Russian forces: none until switched on.
  expect(await namesOf(page, 'presence')).toEqual([]);
  await page.getByRole('checkbox', { name: 'Russian forces' }).check();
  await expect
    .poll(() => namesOf(page, 'presence'))
    .toContain('Russian forces: 102nd Military Base, Gyumri');
  // The next year has no Burabay summit.
  await page.getByRole('button', { name: 'Next year' }).click();
  await expect(page.getByRole('slider', { name: /year/i })).toHaveValue('2016');
  await expect.poll(() => namesOf(page, 'event')).not.toContain('CIS summit in Burabay (Burabay)');
});

test('Tab goes through the fifteen in the order of their names', async ({ page }) => {
  await page.goto('/?layer=cis&year=2015');
  const first = svgMap(page).locator('path[data-iso3]').first();
  await expect(first).toHaveAttribute('data-iso3', 'ARM');
  await first.focus();
  const order = ['ARM'];
  for (let i = 0; i < 14; i++) {
    await page.keyboard.press('Tab');
    order.push(
      await page.evaluate(() => document.activeElement?.getAttribute('data-iso3') ?? '(none)'),
    );
  }
  // Armenia, Azerbaijan, Belarus, Estonia, Georgia, Kazakhstan, Kyrgyzstan, Latvia, Lithuania,
  // Moldova, Russia, Tajikistan, Turkmenistan, Ukraine, Uzbekistan.
  expect(order).toEqual([
    'ARM',
    'AZE',
    'BLR',
    'EST',
    'GEO',
    'KAZ',
    'KGZ',
    'LVA',
    'LTU',
    'MDA',
    'RUS',
    'TJK',
    'TKM',
    'UKR',
    'UZB',
  ]);
});

test('the SVG map zooms with its buttons and keys, and resets', async ({ page }) => {
  await page.goto('/?layer=cis&year=2015');
  const armenia = svgMap(page).locator('path[data-iso3="ARM"]');
  await expect(armenia).toBeVisible();
  const before = (await armenia.boundingBox())!;
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect
    .poll(async () => (await armenia.boundingBox())!.width)
    .toBeGreaterThan(before.width * 2);
  await page.getByRole('button', { name: 'Reset the view' }).click();
  await expect.poll(async () => (await armenia.boundingBox())!.width).toBeCloseTo(before.width, 0);
  // The keys: + on a focused state zooms in on it, and that state keeps the focus; − zooms back
  // out. (Focus outlines Armenia, which widens its box: Kazakhstan's width measures the zoom.)
  const kazakhstan = svgMap(page).locator('path[data-iso3="KAZ"]');
  const wide = (await kazakhstan.boundingBox())!.width;
  await armenia.focus();
  await page.keyboard.press('+');
  await expect
    .poll(async () => (await kazakhstan.boundingBox())!.width)
    .toBeGreaterThan(wide * 1.4);
  await expect(armenia).toBeFocused();
  await expect(armenia).toBeInViewport();
  await page.keyboard.press('-');
  await expect.poll(async () => (await kazakhstan.boundingBox())!.width).toBeCloseTo(wide, 0);
});

test('Escape closes the panel and returns focus to the state that opened it', async ({ page }) => {
  await page.goto('/?layer=cis&year=2015');
  const georgia = svgMap(page).locator('path[data-iso3="GEO"]');
  await georgia.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Georgia' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('region', { name: 'Georgia' })).toBeHidden();
  await expect(svgMap(page).locator('path[data-iso3="GEO"]')).toBeFocused();
  // And after a click.
  await svgMap(page).locator('path[data-iso3="KAZ"]').click();
  await expect(page.getByRole('region', { name: 'Kazakhstan' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(svgMap(page).locator('path[data-iso3="KAZ"]')).toBeFocused();
});
