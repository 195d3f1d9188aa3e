/**
 * The atlas on a touch phone (390 × 844, as an iPhone 12 to 15 reports it): the map on the first
 * screen and tall, one page scroll with no box scrolling inside it, the legend under the map, a
 * table that fits with its state column in view, the orientation line and the first-visit hint.
 * And, at 1280 × 800, that the wide layout still puts the map and the panels side by side.
 */
import { expect, test, type Page } from '@playwright/test';
import { goldenStatus, waitForMap } from './helpers';

const PHONE = {
  viewport: { width: 390, height: 844 },
  hasTouch: true,
  isMobile: true,
  deviceScaleFactor: 3,
};

/** Elements that scroll inside the page: overflow-y auto or scroll, with more to show. */
async function innerScrollers(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('body *'))
      .filter((el) => {
        const { overflowY } = getComputedStyle(el);
        return (
          (overflowY === 'auto' || overflowY === 'scroll') && el.scrollHeight > el.clientHeight + 1
        );
      })
      .map(
        (el) => `${el.tagName.toLowerCase()}.${el.className} ${el.scrollHeight}>${el.clientHeight}`,
      ),
  );
}

/** Marks the first-visit hint as seen, before the page loads, for tests about something else. */
async function hintSeen(page: Page): Promise<void> {
  await page.addInitScript(() =>
    window.localStorage.setItem('cis-atlas:slider-hint-dismissed', '1'),
  );
}

test.describe('on a phone', () => {
  test.use(PHONE);

  test('the map is on the first screen and tall, and the legend follows it', async ({ page }) => {
    await hintSeen(page);
    await page.goto('/?layer=csto&year=2009');
    await waitForMap(page);
    const map = await page.getByTestId('map-main').boundingBox();
    expect(map, 'the map has a box').not.toBeNull();
    expect(map!.y, 'the map starts on the first screen').toBeLessThan(844 / 2);
    expect(map!.height, 'the map is tall').toBeGreaterThanOrEqual(400);
    // The organisation and the year stay in view under the map; the rest is folded.
    await expect(page.getByRole('radio', { name: 'CSTO', exact: true })).toBeVisible();
    await expect(page.getByRole('slider', { name: /year/i })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Table', exact: true })).toBeHidden();
    // The legend comes before every other panel, and a reader scrolls the page to reach it.
    const legend = page.getByRole('region', { name: 'CSTO in 2009', exact: true });
    const details = page.getByRole('heading', { name: /^Analysis for 2009/ });
    const [legendBox, detailsBox] = [await legend.boundingBox(), await details.boundingBox()];
    expect(legendBox!.y).toBeGreaterThan(map!.y + map!.height);
    expect(legendBox!.y).toBeLessThan(detailsBox!.y);
    await legend.scrollIntoViewIfNeeded();
    await expect(legend.locator('li[data-class="member"]')).toBeInViewport();
    await expect(legend.locator('li[data-class="member"]')).toContainText('Armenia');
  });

  test('nothing scrolls inside the page, in the map view or the table', async ({ page }) => {
    await hintSeen(page);
    await page.goto('/?layer=cis&year=2009&country=GEO');
    await waitForMap(page);
    expect(await innerScrollers(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    await page.goto('/?view=table&year=2015');
    await expect(page.getByRole('table')).toBeVisible();
    expect(await innerScrollers(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
  });

  test('"Options" unfolds the view switch, the country search and the comparison', async ({
    page,
  }) => {
    await hintSeen(page);
    await page.goto('/?year=2009');
    await waitForMap(page);
    const options = page.getByRole('button', { name: 'Options' });
    await expect(options).toHaveAttribute('aria-expanded', 'false');
    await options.click();
    await expect(options).toHaveAttribute('aria-expanded', 'true');
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    await expect(page).toHaveURL(/view=table/);
    await expect(page.getByRole('combobox', { name: /find a country/i })).toBeVisible();
  });

  test('the table fits with short cells, sources as footnotes, the state column in view', async ({
    page,
  }) => {
    await hintSeen(page);
    // A comparison adds a fifth column: the widest table the atlas draws.
    await page.goto('/?view=table&year=2015&compare=csto');
    const table = page.getByRole('table', { name: /Membership of the post-Soviet states in 2015/ });
    await expect(table).toBeVisible();
    // The caption wraps rather than running off the screen.
    const caption = await table.locator('caption').boundingBox();
    expect(caption!.x + caption!.width).toBeLessThanOrEqual(390);
    const row = table
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'Armenia' }) });
    const cis = row.locator('td[data-org="cis"]');
    await expect(cis.locator('.status-word')).toHaveText(goldenStatus('cis', 'ARM', 2015));
    // A footnote number, not the source's title, and the footnote under the table.
    const ref = cis.locator('a.note-ref').first();
    const target = await ref.getAttribute('href');
    expect(target).toMatch(/^#table-note-\d+$/);
    await expect(page.locator(target!)).toContainText(/Source/);
    expect((await cis.innerText()).length).toBeLessThan(40);

    // Scrolled sideways, the state column stays where it was and the cells pass under it. The
    // table is widened first (its cells wrap to fit a phone), so that the check does not depend
    // on how wide the cells are.
    const wrap = page.locator('.table-wrap');
    await table.evaluate((el) => (el.style.minWidth = '640px'));
    const header = row.getByRole('rowheader');
    const csto = row.locator('td[data-org="csto"]');
    const [headerX, cstoX] = [(await header.boundingBox())!.x, (await csto.boundingBox())!.x];
    const scrolled = await wrap.evaluate((el) => {
      el.scrollLeft = 120;
      return el.scrollLeft;
    });
    expect(scrolled).toBe(120);
    expect((await header.boundingBox())!.x).toBeCloseTo(headerX, 0);
    expect((await csto.boundingBox())!.x).toBeCloseTo(cstoX - 120, 0);
    await expect(header).toHaveCSS('position', 'sticky');
  });

  test('the orientation line says what the organisation is, and "more" says the rest', async ({
    page,
  }) => {
    await hintSeen(page);
    await page.goto('/?layer=csto&year=2009');
    await waitForMap(page);
    const summary = page.getByTestId('org-summary');
    await expect(summary).toBeVisible();
    await expect(summary).toContainText('Collective Security Treaty Organization');
    await expect(summary).toContainText(/military alliance/);
    const more = summary.getByRole('button', { name: /(more|less) about the CSTO/i });
    await expect(more).toHaveAttribute('aria-expanded', 'false');
    await more.click();
    await expect(more).toHaveAttribute('aria-expanded', 'true');
    await expect(summary).toContainText('secretariat in Moscow');
    await page.getByRole('radio', { name: 'EAEU', exact: true }).check();
    await expect(summary).toContainText('Eurasian Economic Union');
  });

  test('a first visit gets a hint on the slider; dismissed, it stays away', async ({ page }) => {
    await page.goto('/?year=2009');
    await waitForMap(page);
    const hint = page.getByRole('note', { name: 'How to change the year' });
    await expect(hint).toBeVisible();
    await expect(hint).toContainText(/drag the slider/i);
    await expect(hint).toContainText(/Play/);
    await hint.getByRole('button', { name: 'Hide the tip' }).click();
    await expect(hint).toBeHidden();
    await page.reload();
    await waitForMap(page);
    await expect(page.getByRole('slider', { name: /year/i })).toBeVisible();
    await expect(hint).toHaveCount(0);
  });

  test('the slider has a key to its two kinds of tick', async ({ page }) => {
    await hintSeen(page);
    await page.goto('/?year=2009');
    await waitForMap(page);
    const key = page.locator('.tick-key');
    await expect(key).toBeVisible();
    await expect(key).toContainText('a membership changed');
    await expect(key).toContainText('an event in the record');
  });
});

test.describe('on a wide screen', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the map and the panels stand side by side, every control unfolded', async ({ page }) => {
    await hintSeen(page);
    await page.goto('/?layer=csto&year=2009');
    await waitForMap(page);
    const map = (await page.getByTestId('map-main').boundingBox())!;
    const legend = (await page
      .getByRole('region', { name: 'CSTO in 2009', exact: true })
      .boundingBox())!;
    expect(legend.x, 'the legend is right of the map').toBeGreaterThanOrEqual(map.x + map.width);
    expect(legend.y, 'the legend starts level with the map').toBeLessThan(map.y + 50);
    expect(map.y, 'the map starts in the first half of the screen').toBeLessThan(400);
    expect(map.height, 'the map is tall').toBeGreaterThanOrEqual(420);
    await expect(page.getByRole('button', { name: 'Options' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Table', exact: true })).toBeVisible();
    await expect(page.getByTestId('org-summary')).toContainText('Collective Security Treaty');
  });
});
