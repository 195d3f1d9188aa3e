/**
 * Issue 19, "Misleading words", as a reader meets them: a year before an organisation existed,
 * a date known only to the month, the two dates of Moldova's withdrawal, a jump with Home or End,
 * the tab's title after moving, and the EAEU's observers outside the fifteen. Every expected text
 * is written by hand from the record (data/records/organisations.json, memberships.json).
 */
import { expect, test, type Page } from '@playwright/test';
import { INSIDE, near, pixelAt, renderedClassAt, waitForIdle, waitForMap } from './helpers';

/** The grey of a year before the organisation existed, as the legend shows it. */
const BEFORE_GREY = '#BDBDBD';
/** The pale neutral of a non-member of a body that existed. */
const NON_MEMBER = '#E9E4D8';

const slider = (page: Page) => page.getByRole('slider', { name: /year/i });
const announcement = (page: Page) => page.getByTestId('announcement');

test.describe('words that say what was true', () => {
  test('the CSTO layer in 1991 is grey and says there was no Collective Security Treaty yet', async ({
    page,
  }) => {
    // Zoomed in on Central Asia so that a sample of pixels falls well inside Kazakhstan.
    await page.goto('/?layer=csto&year=1991#4/45/65');
    await waitForMap(page);
    const legend = page.locator('section.legend').first();
    await expect(legend.getByRole('heading', { level: 2 })).toHaveText('No CST yet in 1991');
    const before = legend.locator('li[data-class="before"]');
    await expect(before).toContainText('No Collective Security Treaty until 15 May 1992');
    await expect(before.locator('.legend-name')).toHaveCount(15);
    await expect(legend.locator('li[data-class="non-member"]')).toHaveCount(0);
    const stats = page.getByTestId('year-stats');
    await expect(stats).toHaveText(
      'No Collective Security Treaty until 15 May 1992, so no post-Soviet state was in it in 1991.',
    );
    await expect(stats).not.toContainText('km²');
    await expect(page.locator('.chart-key')).toContainText('No CST yet in 1991');
    await expect(page.locator('.chart-key')).not.toContainText('CST: 0 in 1991');
    await waitForIdle(page);
    expect((await renderedClassAt(page, INSIDE.KAZ!))?.cls).toBe('before');
    const pixel = await pixelAt(page, INSIDE.KAZ!);
    expect(near(pixel, BEFORE_GREY, 12), `KAZ 1991 pixel ${pixel}`).toBe(true);
    expect(near(pixel, NON_MEMBER, 12), `KAZ 1991 pixel ${pixel}`).toBe(false);
    await expect(announcement(page)).toHaveText(
      '1991: no Collective Security Treaty until 15 May 1992.',
    );

    // One year on, the CST exists: six members of the fifteen, counted as usual.
    await slider(page).focus();
    await page.keyboard.press('ArrowRight');
    await expect(slider(page)).toHaveValue('1992');
    await expect(legend.getByRole('heading', { level: 2 })).toHaveText('CST in 1992');
    await expect(stats).toContainText('6 of 15 post-Soviet states in the CST in 1992');
    await waitForIdle(page);
    expect((await renderedClassAt(page, INSIDE.KAZ!))?.cls).toBe('member');
  });

  test('the page and preview of /eaeu/1993 say there was no customs union yet', async ({
    page,
  }) => {
    await page.goto('/eaeu/1993');
    await expect(page).toHaveTitle('No 1995 Customs Union yet in 1993 — CIS Atlas');
    await expect(page.locator('meta[property="og:image:alt"]')).toHaveAttribute(
      'content',
      'Map: No 1995 Customs Union yet in 1993',
    );
  });

  test('a withdrawal known only to the month is said as a month', async ({ page }) => {
    await page.goto('/?layer=jads&year=2008');
    await waitForMap(page);
    await slider(page).focus();
    await page.keyboard.press('ArrowRight');
    await expect(announcement(page)).toHaveText(
      "2009: Georgia's withdrawal from the CIS air defence took effect (May 2009).",
    );
  });

  test("Moldova's 11 March 2026 is the government's approval, not the announcement", async ({
    page,
  }) => {
    await page.goto('/');
    await waitForMap(page);
    await slider(page).focus();
    await page.keyboard.press('ArrowLeft');
    await expect(slider(page)).toHaveValue('2025');
    await page.keyboard.press('ArrowRight');
    await expect(announcement(page)).toHaveText(
      "2026: Moldova's government approved its withdrawal from the CIS (11 March 2026). Shown as the record stood when last checked on 7 December 2026.",
    );
  });

  test('End from 1991 in the CSTO names all nine states outside it', async ({ page }) => {
    await page.goto('/?layer=csto&year=1991');
    await waitForMap(page);
    await slider(page).focus();
    await page.keyboard.press('End');
    await expect(announcement(page)).toHaveText(
      "2026: in 1991 there was no Collective Security Treaty yet (from 15 May 1992). On 7 December 2026, the members of the CSTO are Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan; Armenia's participation is suspended; outside it are Azerbaijan, Estonia, Georgia, Latvia, Lithuania, Moldova, Turkmenistan, Ukraine and Uzbekistan. Shown as the record stood when last checked on 7 December 2026.",
    );
  });

  test('Home from 2026 in the CIS does not say the states are shown as in 2026', async ({
    page,
  }) => {
    await page.goto('/');
    await waitForMap(page);
    await slider(page).focus();
    await page.keyboard.press('Home');
    await expect(slider(page)).toHaveValue('1991');
    await expect(announcement(page)).toContainText(
      'Armenia, Azerbaijan, Kazakhstan, Kyrgyzstan and Uzbekistan are members of the CIS in both 1991 and 2026, and Georgia is outside the CIS in both years, though their status changed in between.',
    );
    await expect(announcement(page)).not.toContainText('shown as in 2026');
  });

  test('after moving from /csto/2009 to the EAEU in 2019 the tab says so', async ({ page }) => {
    await page.goto('/csto/2009');
    await waitForMap(page);
    await expect(page).toHaveTitle('CSTO in 2009 — CIS Atlas');
    await page.getByRole('radio', { name: 'EAEU', exact: true }).check();
    await page.getByLabel('Go to year').fill('2019');
    await page.keyboard.press('Enter');
    await expect(slider(page)).toHaveValue('2019');
    await expect(page).toHaveTitle('EAEU in 2019 — CIS Atlas');
  });

  test('the EAEU legend and numbers name Iran, an observer outside the fifteen, with its source', async ({
    page,
  }) => {
    await page.goto('/?layer=eaeu&year=2026');
    await waitForMap(page);
    const said = 'Not a post-Soviet state: Iran, an observer of the EAEU since 26 December 2024.';
    await expect(page.locator('section.legend .legend-note').first()).toContainText(said);
    const other = page.getByTestId('year-stats-other');
    await expect(other).toContainText(said);
    await expect(
      other.getByRole('link', { name: 'EAEU leaders decide to grant Iran observer status' }),
    ).toHaveAttribute('href', 'https://en.vestikavkaza.ru/material/172587');
    // Before 26 December 2024 there was no one to name.
    await page.getByLabel('Go to year').fill('2023');
    await page.keyboard.press('Enter');
    await expect(slider(page)).toHaveValue('2023');
    await expect(other).toHaveCount(0);
  });
});
