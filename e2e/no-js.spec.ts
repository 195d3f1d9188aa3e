/**
 * Without JavaScript, a page shows its header, the year's legend and the table, and no notice
 * covers them or says that something is loading.
 */
import { expect, test } from '@playwright/test';

test.use({ javaScriptEnabled: false });

for (const size of [
  { name: 'desktop', viewport: { width: 1400, height: 900 }, isMobile: false },
  { name: 'phone', viewport: { width: 390, height: 844 }, isMobile: true },
]) {
  test.describe(size.name, () => {
    test.use({ viewport: size.viewport, isMobile: size.isMobile, hasTouch: size.isMobile });
    for (const [path, title] of [
      ['/', 'CIS in 2026'],
      ['/csto/2009', 'CSTO in 2009'],
    ] as const) {
      test(`${path}: the header is readable and nothing covers it`, async ({ page }) => {
        await page.goto(path);
        const links = [
          page.getByRole('link', { name: 'CIS Atlas' }),
          ...(await page.getByRole('navigation', { name: 'Site' }).getByRole('link').all()),
        ];
        expect(links.length).toBeGreaterThan(1);
        for (const link of links) {
          await expect(link).toBeVisible();
          // What is drawn at the link's centre is the link (or its text), not a notice over it.
          const onTop = await link.evaluate((a) => {
            const r = a.getBoundingClientRect();
            const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
            return hit !== null && a.contains(hit)
              ? 'the link'
              : (hit?.outerHTML.slice(0, 80) ?? '');
          });
          expect(onTop, `${await link.innerText()} is not covered`).toBe('the link');
        }
        await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
        await expect(page.getByRole('table').first()).toBeVisible();
        await expect(page.getByText(/Loading/)).toBeHidden();
        await expect(page.getByText('The interactive map needs JavaScript')).toBeVisible();
      });
    }
  });
}
