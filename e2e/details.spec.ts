import { expect, test } from '@playwright/test';
import { claims, countries, events, memberships, quotes } from '../data/atlas';
import { waitForIdle, waitForMap, goldenStatus, today } from './helpers';

test.describe('country details', () => {
  test('clicking a country on the map opens its panel with the statuses the historical record gives', async ({
    page,
  }) => {
    await page.goto('/?year=2015');
    await waitForMap(page);
    const p = await page.evaluate(() => window.__atlasMaps!['map-main']!.project([67.0, 48.5]));
    const box = (await page.getByTestId('map-main').boundingBox())!;
    await page.mouse.click(box.x + p.x, box.y + p.y);
    const panel = page.getByRole('region', { name: 'Kazakhstan' });
    await expect(panel).toBeVisible();
    await expect(page).toHaveURL(/country=KAZ/);
    for (const org of ['cis', 'csto', 'eaeu'] as const) {
      await expect(panel.locator(`[data-org="${org}"] .status-word`)).toHaveText(
        goldenStatus(org, 'KAZ', 2015),
      );
    }
    // Each body's dates and sources unfold under its line.
    await panel.locator('[data-org="cis"]').getByText('Dates and sources').click();
    await expect(panel.getByText(/^Source:/).first()).toBeVisible();
    const selected = await page.evaluate(
      () =>
        window.__atlasMaps!['map-main']!.getFeatureState({ source: 'countries', id: 'KAZ' })
          .selected,
    );
    expect(selected).toBe(true);
  });

  test('a country can be picked with the keyboard alone, and Escape closes it', async ({
    page,
  }) => {
    await page.goto('/?year=2008');
    await waitForMap(page);
    const picker = page.getByRole('combobox', { name: 'Find a country' });
    await picker.focus();
    await page.keyboard.type('geor');
    await expect(page.getByRole('option', { name: /Georgia/ })).toBeVisible();
    await page.keyboard.press('Enter');
    const panel = page.getByRole('region', { name: 'Georgia' });
    await expect(panel).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Georgia', level: 2 })).toBeFocused();
    await expect(panel.locator('[data-org="cis"] .status-word')).toHaveText(
      goldenStatus('cis', 'GEO', 2008),
    );
    await expect(page).toHaveURL(/country=GEO/);
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await expect(page).not.toHaveURL(/country=/);
  });

  test('the timeline moves the slider, and the URL round-trips with ?country=', async ({
    page,
  }) => {
    await page.goto('/?country=ARM&year=2024&layer=csto');
    const panel = page.getByRole('region', { name: 'Armenia' });
    await expect(panel.locator('[data-org="csto"] .status-word')).toHaveText(
      goldenStatus('csto', 'ARM', 2024),
    );
    await panel.getByText('1991 to today').click();
    await panel
      .getByRole('group', { name: /CSTO timeline/ })
      .getByRole('button', { name: /^2010:/ })
      .click();
    await expect(page.getByRole('slider', { name: /year/i })).toHaveValue('2010');
    await expect(page).toHaveURL(/year=2010/);
    await page.reload();
    await expect(page.getByRole('region', { name: 'Armenia' })).toBeVisible();
    await expect(page.getByRole('slider', { name: /year/i })).toHaveValue('2010');
  });

  test('a neighbour says why it is on the map', async ({ page }) => {
    const afghanistan = countries.find((c) => c.iso3 === 'AFG')!;
    await page.goto('/?country=AFG');
    await expect(page.getByRole('region', { name: afghanistan.name })).toContainText(
      afghanistan.context!.slice(0, 40),
    );
  });

  test('a differing reading of the record shows beside the status', async ({ page }) => {
    const disputed =
      memberships.find((m) => m.alternatives.length > 0 && m.until === undefined) ??
      memberships.find((m) => m.alternatives.length > 0)!;
    const year = Number((disputed.until ?? today).slice(0, 4)) - (disputed.until ? 1 : 0);
    await page.goto(
      `/?country=${disputed.country}&year=${Math.max(year, Number(disputed.from.slice(0, 4)))}&layer=${disputed.org}`,
    );
    await expect(page.locator(`[data-org="${disputed.org}"] .alternative`).first()).toContainText(
      'Sources differ',
    );
  });
});

test.describe('events', () => {
  test('an event with a place is a marker on the map in its year, named on hover, and listed in the panel', async ({
    page,
  }) => {
    const burabay = events.find((e) => e.id === 'cis-summit-burabay')!;
    await page.goto('/?year=2015');
    await waitForMap(page);
    const active = (year: number) =>
      page
        .evaluate(
          (id) => window.__atlasMaps!['map-main']!.getFeatureState({ source: 'events', id }).active,
          burabay.id,
        )
        .then((a) => [year, a]);
    expect(await active(2015)).toEqual([2015, true]);
    const p = await page.evaluate(
      (at) => window.__atlasMaps!['map-main']!.project(at),
      burabay.place!.at,
    );
    const box = (await page.getByTestId('map-main').boundingBox())!;
    await page.mouse.move(box.x + p.x, box.y + p.y);
    await expect(page.getByRole('tooltip')).toContainText(burabay.place!.name);
    await expect(page.getByRole('region', { name: 'Analysis for 2015' })).toContainText(
      burabay.title,
    );
    await page.getByRole('button', { name: 'Next year' }).click();
    await waitForIdle(page);
    expect(await active(2016)).toEqual([2016, false]);
  });
});

test.describe('the analysis', () => {
  test('a quote opens its paragraph in the reader', async ({ page }) => {
    await page.goto('/?year=2015');
    const card = page.locator('.analysis figure').first();
    const link = card.getByRole('link', { name: /Read paragraph/ });
    const href = (await link.getAttribute('href'))!;
    const quoteText = (await card.locator('blockquote').innerText()).trim();
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${href.replace('#', '.*#')}$`));
    const paragraph = page.locator(`section${href.slice(href.indexOf('#'))}`);
    await expect(paragraph).toBeInViewport();
    await expect(
      paragraph.locator('mark').filter({ hasText: quoteText.slice(0, 40) }),
    ).toBeVisible();
  });

  test('clicking a quote moves the slider to its period and outlines its countries', async ({
    page,
  }) => {
    const q = quotes.find((x) => x.countries.length > 0 && x.years[1] < 2020)!;
    await page.goto(`/?country=${q.countries[0]}&year=2025`);
    await waitForMap(page);
    await page.locator('.country-details summary', { hasText: 'What the articles say' }).click();
    const card = page.locator(`.country-details figure[data-quote="${q.id}"]`);
    await card.getByRole('button', { name: /Show on the map/ }).click();
    await expect(page.getByRole('slider', { name: /year/i })).toHaveValue(String(q.years[1]));
    await waitForIdle(page);
    const outlined = await page.evaluate(
      (iso) =>
        window.__atlasMaps!['map-main']!.getFeatureState({ source: 'countries', id: iso })
          .highlight,
      q.countries[0]!,
    );
    expect(outlined).toBe(true);
  });

  test('the reader shows the notes where the record differs, and links back to the map', async ({
    page,
  }) => {
    const note = claims[0]!;
    await page.goto(`/documents/${note.document}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator(`[data-claim="${note.id}"]`)).toContainText('The record differs');
    const back = page.getByRole('link', { name: /See on the map/ }).first();
    await back.click();
    await expect(page).toHaveURL(/year=\d{4}/);
    await expect(page.getByRole('slider', { name: /year/i })).toBeVisible();
  });

  test('an unknown document is a clear not-found page', async ({ page }) => {
    const response = await page.goto('/documents/nope');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(/not found/i);
  });
});
