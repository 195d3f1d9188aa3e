/**
 * The atlas built on later days (2027 and 2030: playwright.clock.config.ts) must stay honest:
 * the slider reaches that year and opens on it, the current year shows the record's statuses as
 * they stood when it was last checked, and every place that claims "today" says both days. The
 * expected statuses are written out by hand from the sources (the golden cells of 2026, which
 * nothing in the record changes after the day it was checked); the day of the last check is the
 * record's own (data/records/meta.json).
 */
import { expect, test } from '@playwright/test';
import meta from '../data/records/meta.json' with { type: 'json' };

/** The CIS as the record stood when last checked, written by hand (see testing/golden-cells.ts, 2026). */
const CIS_AS_CHECKED: Record<string, string> = {
  Armenia: 'member',
  Azerbaijan: 'member',
  Belarus: 'member',
  Estonia: 'non-member',
  Georgia: 'non-member',
  Kazakhstan: 'member',
  Kyrgyzstan: 'member',
  Latvia: 'non-member',
  Lithuania: 'non-member',
  Moldova: 'withdrawing',
  Russia: 'member',
  Tajikistan: 'member',
  Turkmenistan: 'associate',
  Ukraine: 'non-member',
  Uzbekistan: 'member',
};

const MONTHS =
  'January February March April May June July August September October November December';
/** A day in words, "15 March 2027", written here rather than taken from the code under test. */
function inWords(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS.split(' ')[m - 1]} ${y}`;
}

test('the atlas built on a later day opens on that year and says what day the record was checked', async ({
  page,
}, info) => {
  const day = info.project.name;
  const year = Number(day.slice(0, 4));
  const claim = `Status on ${inWords(day)}, as the record stood when last checked on ${inWords(meta.checkedOn)}.`;

  await page.goto('/');
  const slider = page.getByRole('slider', { name: /year/i });
  await expect(slider).toHaveValue(String(year));
  await expect(slider).toHaveAttribute('max', String(year));
  await expect(page.getByRole('heading', { name: new RegExp(`CIS in ${year}`) })).toBeVisible();
  await expect(page.locator('section.legend').first()).toContainText(claim);
  await expect(page.getByTestId('announcement')).toContainText(
    `Shown as the record stood when last checked on ${inWords(meta.checkedOn)}.`,
  );

  // The keys reach the year and no further.
  await slider.focus();
  await page.keyboard.press('End');
  await expect(slider).toHaveValue(String(year));
  await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveValue(String(year));

  // The table of the current year: every state's CIS status as the record stood when checked.
  await page.goto('/?view=table');
  const table = page.getByRole('table', {
    name: new RegExp(`Membership of the post-Soviet states in ${year}`),
  });
  await expect(table).toContainText(
    `status on ${inWords(day)}, as the record stood when last checked on ${inWords(meta.checkedOn)}`,
  );
  for (const [name, status] of Object.entries(CIS_AS_CHECKED)) {
    const row = table
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name, exact: true }) });
    await expect(row.getByRole('cell').first(), `${name} in the CIS in ${year}`).toHaveText(
      new RegExp(`^\\s*${status}(\\s|$)`),
    );
  }

  // The prerendered page of that year exists and says the same; the year after does not.
  await page.goto(`/cis/${year}/`);
  await expect(page.getByRole('heading', { name: new RegExp(`CIS in ${year}`) })).toBeVisible();
  await expect(page.locator('section.legend').first()).toContainText(claim);
  const next = await page.request.get(`/cis/${year + 1}/`);
  expect(next.status(), `/cis/${year + 1}/ is not a page yet`).toBe(404);

  // The link preview of the year is drawn and named for it.
  const preview = await page.request.get(`/generated/og/cis/${year}.png`);
  expect(preview.status()).toBe(200);
});
