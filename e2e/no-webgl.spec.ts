/**
 * A browser without WebGL: the map is drawn as SVG with the same classes as the table (the
 * statuses the golden cells give, written by hand from the sources), its states are buttons, and
 * the slider recolours it.
 */
import { expect, test, type Page } from '@playwright/test';
import { goldenStatus, POST_SOVIET, withoutWebGl } from './helpers';

test.beforeEach(async ({ page }) => withoutWebGl(page));

async function classesShown(page: Page): Promise<Record<string, string>> {
  const svg = page.getByTestId('map-main').locator('.svg-map');
  await expect(svg.locator('path[data-iso3]')).toHaveCount(15);
  return svg
    .locator('path[data-iso3]')
    .evaluateAll((paths) =>
      Object.fromEntries(
        paths.map((p) => [p.getAttribute('data-iso3'), p.getAttribute('data-class')]),
      ),
    );
}

test('the SVG map shows the statuses of the record for three years, and the slider moves it', async ({
  page,
}) => {
  await page.goto('/?layer=cis&year=1999');
  await expect(page.getByTestId('map-main')).toHaveAttribute('data-map-status', 'svg');
  // The years whose fifteen cells are all in testing/golden-cells.ts (as the table's test uses).
  for (const [layer, year] of [
    ['cis', 1999],
    ['cis', 2008],
    ['cis', 2015],
    ['csto', 2015],
  ] as const) {
    if (!(layer === 'cis' && year === 1999)) {
      if (layer === 'csto') await page.getByRole('radio', { name: 'CSTO', exact: true }).check();
      const range = page.getByRole('slider');
      await range.focus();
      while (Number(await range.inputValue()) < year) await page.keyboard.press('ArrowRight');
      await expect(range).toHaveValue(String(year));
    }
    await expect
      .poll(() => classesShown(page))
      .toEqual(Object.fromEntries(POST_SOVIET.map((iso) => [iso, goldenStatus(layer, iso, year)])));
  }
});

test('a state of the SVG map is a button that opens its panel', async ({ page }) => {
  await page.goto('/?layer=cis&year=2015');
  const georgia = page.getByTestId('map-main').locator('path[data-iso3="GEO"]');
  await expect(georgia).toHaveAttribute('aria-label', /^Georgia: /);
  await georgia.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: /^Georgia/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByTestId('map-main').locator('path[data-iso3="KAZ"]').click();
  await expect(page.getByRole('heading', { level: 2, name: /^Kazakhstan/ })).toBeVisible();
});
