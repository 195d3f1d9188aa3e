import { expect, test } from '@playwright/test';
import { waitForMap } from './helpers';

/**
 * Names a reader may know a state by, other than the one the atlas uses, with the option the list
 * must show for it and the state whose panel must open: written by hand.
 */
const CASES = [
  {
    query: 'Kyrgyz Republic',
    option: 'Kyrgyzstan — Kyrgyz Republic',
    state: 'Kyrgyzstan',
    iso3: 'KGZ',
  },
  { query: 'Belorussia', option: 'Belarus — Belorussia', state: 'Belarus', iso3: 'BLR' },
  { query: 'Moldavia', option: 'Moldova — Moldavia', state: 'Moldova', iso3: 'MDA' },
  { query: 'Turkey', option: 'Türkiye — Turkey', state: 'Türkiye', iso3: 'TUR' },
  { query: 'Россия', option: 'Russia — Россия', state: 'Russia', iso3: 'RUS' },
];

test.describe('finding a country by another of its names', () => {
  test('each name opens the panel of its state, and the option says which name matched', async ({
    page,
  }) => {
    await page.goto('/?year=2020');
    await waitForMap(page);
    const picker = page.getByRole('combobox', { name: 'Find a country' });
    for (const c of CASES) {
      await test.step(c.query, async () => {
        await picker.focus();
        await page.keyboard.type(c.query);
        const options = page.getByRole('listbox', { name: 'Countries' }).getByRole('option');
        await expect(options.first()).toHaveAccessibleName(new RegExp(`^${c.option}\\s`));
        await expect(options.first()).toHaveAttribute('aria-selected', 'true');
        await page.keyboard.press('Enter');
        await expect(page.getByRole('region', { name: c.state, exact: true })).toBeVisible();
        await expect(
          page.getByRole('heading', { name: c.state, level: 2, exact: true }),
        ).toBeFocused();
        await expect(page).toHaveURL(new RegExp(`country=${c.iso3}`));
        await expect(picker).toHaveValue('');
      });
    }
  });

  test('the arrows move through states found by their official names, and Escape closes the list', async ({
    page,
  }) => {
    await page.goto('/?year=2020');
    await waitForMap(page);
    const picker = page.getByRole('combobox', { name: 'Find a country' });
    await picker.focus();
    await page.keyboard.type('republic of a');
    const listbox = page.getByRole('listbox', { name: 'Countries' });
    await expect(listbox.getByRole('option')).toHaveCount(2);
    await expect(listbox.getByRole('option').nth(0)).toHaveAccessibleName(
      /^Armenia — Republic of Armenia\s/,
    );
    await page.keyboard.press('ArrowDown');
    const second = listbox.getByRole('option', { name: /^Azerbaijan — Republic of Azerbaijan\s/ });
    await expect(second).toHaveAttribute('aria-selected', 'true');
    await expect(picker).toHaveAttribute(
      'aria-activedescendant',
      (await second.getAttribute('id'))!,
    );
    await page.keyboard.press('Escape');
    await expect(listbox).toBeHidden();
    await expect(picker).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('region', { name: 'Azerbaijan' })).toBeVisible();
    await expect(page).toHaveURL(/country=AZE/);
  });
});
