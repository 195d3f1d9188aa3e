/**
 * The states' names in the legend open their panels, as a click on the map does: by a click or by
 * Enter, and Escape returns focus to the name.
 */
import { expect, test } from '@playwright/test';
import { waitForMap } from './helpers';

test('a click on a name in the legend opens its panel, and Escape returns to the name', async ({
  page,
}) => {
  await page.goto('/?year=2015');
  await waitForMap(page);
  const legend = page.getByRole('region', { name: 'CIS in 2015' });
  const moldova = legend.getByRole('button', { name: 'Moldova', exact: true });
  await moldova.click();
  await expect(page).toHaveURL(/country=MDA/);
  const panel = page.getByRole('region', { name: 'Moldova' });
  await expect(panel).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Moldova' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(page).not.toHaveURL(/country=/);
  await expect(moldova).toBeFocused();
});

test('Enter on a name in the legend opens its panel, and the name outlines its state', async ({
  page,
}) => {
  await page.goto('/?year=2015&layer=csto');
  await waitForMap(page);
  const armenia = page
    .getByRole('region', { name: 'CSTO in 2015' })
    .getByRole('button', { name: 'Armenia', exact: true });
  await armenia.focus();
  // Focus still outlines the state on the map, as before.
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          window.__atlasMaps!['map-main']!.getFeatureState({ source: 'countries', id: 'ARM' })
            .highlight,
      ),
    )
    .toBe(true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/country=ARM/);
  await expect(page.getByRole('region', { name: 'Armenia' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(armenia).toBeFocused();
});
