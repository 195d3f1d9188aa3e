import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { waitForMap } from './helpers';

/** Serious and critical WCAG 2 A/AA violations on a page, as axe-core reports them. */
async function violations(page: import('@playwright/test').Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    // MapLibre's canvas and its own controls are outside our markup.
    .exclude('.maplibregl-canvas')
    .exclude('.maplibregl-ctrl')
    .analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
}

test.describe('accessibility', () => {
  for (const path of [
    '/?year=2009&country=GEO',
    '/?view=table&year=2015&compare=csto',
    '/?layer=csto&since=1995&year=2025&split=1',
    '/documents/wani-2025',
  ]) {
    test(`${path} has no serious axe violations`, async ({ page }) => {
      await page.goto(path);
      if (!path.includes('view=table') && !path.startsWith('/documents')) await waitForMap(page);
      expect(await violations(page)).toEqual([]);
    });
  }

  test('the whole atlas can be used from the keyboard: tab to the slider and the country list', async ({
    page,
  }) => {
    await page.goto('/?year=2000');
    await waitForMap(page);
    const slider = page.getByRole('slider', { name: /year/i });
    for (let i = 0; i < 40 && !(await slider.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expect(slider).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(slider).toHaveValue('2001');
    await expect(page.getByTestId('announcement')).toContainText('2001');
  });
});
