import { expect, test } from '@playwright/test';
import { goldenCstoChanges1995To2025 } from '@/testing/golden-cells';
import type { OrgId, Status } from '../data/vocabulary';
import {
  renderedClassAt,
  waitForIdle,
  waitForMap,
  INSIDE,
  goldenStatus,
  POST_SOVIET,
} from './helpers';

/**
 * The product's rule for "in an organisation" (the comparison legend): every status but
 * `observer` and `non-member`; a side that is neither plain `member` nor `non-member` qualifies
 * the category (drawn with a `~`).
 */
const IN: ReadonlySet<Status> = new Set([
  'member',
  'participating',
  'associate',
  'suspended',
  'withdrawing',
]);
const plain = (s: Status): boolean => s === 'member' || s === 'non-member';

type Overlap = 'both' | 'only-a' | 'only-b' | 'neither';

/** The overlap of two organisations for a state in a year, from the golden cells. */
function goldenOverlap(
  a: OrgId,
  b: OrgId,
  iso: string,
  year: number,
): { category: Overlap; qualified: boolean } {
  const sa = goldenStatus(a, iso, year);
  const sb = goldenStatus(b, iso, year);
  const category = IN.has(sa)
    ? IN.has(sb)
      ? 'both'
      : 'only-a'
    : IN.has(sb)
      ? 'only-b'
      : 'neither';
  return { category, qualified: !plain(sa) || !plain(sb) };
}

/** What happened to a state in an organisation between two years, from the golden cells. */
function goldenChange(org: OrgId, iso: string, from: number, to: number): string {
  const before = goldenStatus(org, iso, from);
  const after = goldenStatus(org, iso, to);
  if (!IN.has(before) && IN.has(after)) return 'joined';
  if (IN.has(before) && !IN.has(after)) return 'left';
  if (before !== after) return 'status-changed';
  return IN.has(after) ? 'unchanged-member' : 'unchanged-non-member';
}

test.describe('comparing two organisations', () => {
  test('colours each state by its overlap category, with counts, and the table agrees', async ({
    page,
  }) => {
    await page.goto('/');
    await waitForMap(page);
    await page.getByLabel('with organisation').selectOption('csto');
    await expect(page).toHaveURL(/compare=csto/);
    await page.getByRole('slider', { name: /year/i }).fill('2015');
    await expect(page).toHaveURL(/year=2015/);
    await waitForIdle(page);
    for (const [iso, at] of Object.entries(INSIDE)) {
      const r = goldenOverlap('cis', 'csto', iso, 2015);
      expect((await renderedClassAt(page, at))?.cls, iso).toBe(
        r.qualified ? `${r.category}~` : r.category,
      );
    }
    const onlyCis = POST_SOVIET.filter(
      (iso) => goldenOverlap('cis', 'csto', iso, 2015).category === 'only-a',
    );
    // CIS but not CSTO in 2015: Azerbaijan, Moldova, Turkmenistan (associate), Ukraine
    // (participating) and Uzbekistan.
    expect(onlyCis).toEqual(['AZE', 'MDA', 'TKM', 'UKR', 'UZB']);
    const legend = page.getByRole('region', { name: 'CIS and CSTO in 2015' });
    const countOf = async (cls: string): Promise<number> => {
      const li = legend.locator(`li[data-class="${cls}"] .legend-count`);
      return (await li.count()) ? Number(await li.innerText()) : 0;
    };
    expect((await countOf('only-a')) + (await countOf('only-a~'))).toBe(onlyCis.length);
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    for (const iso of POST_SOVIET) {
      const word = (
        await page.locator(`tr[data-iso3="${iso}"] td[data-col="comparison"]`).innerText()
      ).trim();
      const cat = goldenOverlap('cis', 'csto', iso, 2015).category;
      expect(
        word.startsWith(
          { both: 'both', neither: 'neither', 'only-a': 'only CIS', 'only-b': 'only CSTO' }[cat],
        ),
        `${iso}: ${word}`,
      ).toBe(true);
    }
  });
});

test.describe('comparing two years', () => {
  test('colours each state by what happened and lists the changes in order with dates', async ({
    page,
  }) => {
    await page.goto('/?layer=csto&year=2025&since=1995');
    await waitForMap(page);
    for (const [iso, at] of Object.entries(INSIDE)) {
      expect((await renderedClassAt(page, at))?.cls.replace('~', ''), iso).toBe(
        goldenChange('csto', iso, 1995, 2025),
      );
    }
    const list = page
      .getByRole('region', { name: /^Changes in the (CST and the )?CSTO, 1995 to 2025$/ })
      .getByRole('listitem');
    await expect(list).toHaveCount(goldenCstoChanges1995To2025.length);
    const times = await list
      .locator('time')
      .evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));
    expect(times).toHaveLength(goldenCstoChanges1995To2025.length);
    goldenCstoChanges1995To2025.forEach((c, i) =>
      expect(c.readings ?? [c.date], `${c.country} ${c.after}: ${c.why}`).toContain(times[i]),
    );
    expect([...times].sort()).toEqual(times);
    await expect(list.filter({ hasText: 'Uzbekistan' }).first()).toContainText('Source:');
    await page.goto('/?layer=csto&year=2025&since=1995&view=table');
    const uzb = (
      await page.locator('tr[data-iso3="UZB"] td[data-col="comparison"]').innerText()
    ).trim();
    // A member of the treaty in 1995, out of the CSTO in 2025 (after leaving, rejoining and
    // leaving again).
    expect(goldenChange('csto', 'UZB', 1995, 2025)).toBe('left');
    expect(uzb).toMatch(/^left \(member → non-member\)/);
  });
});

test.describe('side by side', () => {
  test('two synchronised maps with a keyboard-operable divider, and the URL round-trips', async ({
    page,
  }) => {
    await page.goto('/?layer=csto&year=2025&since=1995');
    await waitForMap(page);
    await page.getByRole('checkbox', { name: 'Side by side' }).check();
    await expect(page).toHaveURL(/split=1/);
    await waitForMap(page, 'map-main');
    await waitForMap(page, 'map-second');
    // Left is 1995, right is 2025: Uzbekistan was a CST member then and is not now.
    expect((await renderedClassAt(page, INSIDE.UZB!, 'map-second'))?.cls).toBe(
      goldenStatus('csto', 'UZB', 2025),
    );
    const divider = page.getByRole('slider', { name: /Swipe divider/ });
    await expect(divider).toHaveAttribute('aria-valuenow', '50');
    await divider.focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(divider).toHaveAttribute('aria-valuenow', '46');
    await page.keyboard.press('Shift+ArrowRight');
    await expect(divider).toHaveAttribute('aria-valuenow', '56');
    await page.keyboard.press('Home');
    await expect(divider).toHaveAttribute('aria-valuenow', '0');
    await page.keyboard.press('End');
    await expect(divider).toHaveAttribute('aria-valuenow', '100');
    // Pan the left map with the keyboard: the right map follows.
    await page.getByRole('region', { name: /Map, left/ }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => {
      const a = window.__atlasMaps!['map-main']!.getCenter();
      const b = window.__atlasMaps!['map-second']!.getCenter();
      return Math.abs(a.lng - b.lng) < 1e-6 && Math.abs(a.lat - b.lat) < 1e-6;
    });
    await page.reload();
    await waitForMap(page, 'map-second');
    await expect(page.getByRole('checkbox', { name: 'Side by side' })).toBeChecked();
    await expect(page.getByLabel('or with year')).toHaveValue('1995');
  });
});

test.describe('membership over time', () => {
  test('the chart marks the year and a click on it moves the slider', async ({ page }) => {
    await page.goto('/?year=2015');
    const chart = page.getByRole('region', { name: 'Members per year' });
    await expect(chart).toContainText(/CIS: \d+ in 2015/);
    await chart.locator('rect[data-year="2009"]').click();
    await expect(page.getByRole('slider', { name: /year/i })).toHaveValue('2009');
    await chart.locator('rect[data-year="2009"]').hover();
    await expect(chart.locator('.chart-changes')).toContainText(
      "Georgia's withdrawal from the CIS took effect",
    );
    await expect(page.getByTestId('year-stats').first()).toContainText(
      /of 15 post-Soviet states in the CIS in 2009( \(\d+ full members\))?; combined land area ≈ \d+\.\d\d million km²/,
    );
  });
});
