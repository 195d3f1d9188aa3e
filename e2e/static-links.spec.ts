/**
 * Links of the form /csto/2009: prerendered per organisation and year, readable without
 * JavaScript, previewable by social sites, and interactive once the atlas runs.
 */
import { expect, test } from '@playwright/test';
import { goldenStatus, waitForMap } from './helpers';

test.describe('a link per organisation and year', () => {
  test('without JavaScript it shows the year’s table and legend as HTML', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/csto/2008');
    const legend = page.getByRole('region', { name: 'CSTO in 2008', exact: true });
    await expect(legend.locator('li[data-class="member"]')).toContainText(
      'Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, Tajikistan, Uzbekistan',
    );
    const row = page.getByRole('row', { name: /^Uzbekistan/ });
    await expect(row.locator('[data-org="csto"] .status-word')).toHaveText(
      goldenStatus('csto', 'UZB', 2008),
    );
    await expect(row.locator('[data-org="cis"] .status-word')).toHaveText(
      goldenStatus('cis', 'UZB', 2008),
    );
    await expect(page.locator('meta[name="description"]')).toHaveAttribute(
      'content',
      /Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, Tajikistan, Uzbekistan/,
    );
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
      'content',
      'CSTO in 2008 — CIS Atlas',
    );
    await context.close();
  });

  test('with JavaScript it opens the atlas on that organisation and year', async ({ page }) => {
    await page.goto('/csto/2008');
    await waitForMap(page);
    await expect(page.getByRole('radio', { name: 'CSTO', exact: true })).toBeChecked();
    await expect(page.getByRole('slider', { name: /year/i })).toHaveValue('2008');
    await page.getByRole('button', { name: 'Next year' }).click();
    await expect(page).toHaveURL(/\/csto\/2008\/?\?year=2009/);
    await expect(page.getByRole('heading', { name: 'CSTO in 2009' })).toBeVisible();
  });

  test('an organisation or year outside the record is not found', async ({ page }) => {
    for (const path of ['/nato/2009', '/csto/1990', '/csto/2099']) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
    }
  });
});
