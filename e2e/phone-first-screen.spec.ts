/**
 * A phone's first screen says what the map shows: its title with the year and the key's first
 * class, with the map, before any scrolling (390 × 844, touch).
 */
import { expect, test, type Page } from '@playwright/test';

test.use({
  viewport: { width: 390, height: 844 },
  hasTouch: true,
  isMobile: true,
  deviceScaleFactor: 3,
});

/** The top and bottom of the visible elements whose own text is `text`, on the page as loaded. */
async function visibleBoxes(page: Page, text: string): Promise<{ top: number; bottom: number }[]> {
  return page.evaluate((t) => {
    const out: { top: number; bottom: number }[] = [];
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      if (el.textContent?.trim() !== t) continue;
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (r.width > 0 && r.height > 0 && style.visibility !== 'hidden')
        out.push({ top: r.top, bottom: r.bottom });
    }
    return out;
  }, text);
}

for (const path of ['/csto/2009', '/?layer=csto&year=2009']) {
  test(`${path}: the title, the year and the key's first class are on the first screen`, async ({
    page,
  }) => {
    await page.goto(path);
    await expect(page.getByTestId('map-main')).toBeVisible();
    await expect(page.getByRole('slider', { name: /year/i })).toHaveValue('2009');
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    const titles = await visibleBoxes(page, 'CSTO in 2009');
    expect(
      titles.some((b) => b.top >= 0 && b.bottom <= 844),
      '"CSTO in 2009" is on the first screen',
    ).toBe(true);
    // The key: a swatch and the class "Member" (the CSTO's first class in 2009), with its count.
    const firstKey = await page.evaluate(() =>
      Array.from(document.querySelectorAll('li'))
        .filter((li) => li.querySelector('svg.swatch') && /^\s*Member\b/.test(li.textContent ?? ''))
        .map((li) => li.getBoundingClientRect())
        .filter((r) => r.width > 0 && r.height > 0)
        .map((r) => ({ top: r.top, bottom: r.bottom })),
    );
    expect(
      firstKey.some((b) => b.top >= 0 && b.bottom <= 844),
      "the key's first entry is on the first screen",
    ).toBe(true);
    // And the map itself starts on it, with most of its height.
    const map = (await page.getByTestId('map-main').boundingBox())!;
    expect(map.y).toBeLessThan(844 / 2);
    expect(map.y + map.height).toBeLessThanOrEqual(844);
  });
}
