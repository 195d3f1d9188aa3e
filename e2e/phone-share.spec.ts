/**
 * On a phone the Share panel stays on the screen: the page does not widen, and every button of
 * the panel can be seen whole and tapped (newcomer audit, finding 3: the page widened from 390 to
 * 583 px and "Copy link" and the downloads were cut).
 */
import { expect, test } from '@playwright/test';
import { waitForMap } from './helpers';

test.use({
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
});

for (const path of ['/?layer=csto&year=2009', '/eaeu/2015']) {
  test(`the Share panel of ${path} fits a 390 px phone`, async ({ page }) => {
    await page.goto(path);
    await waitForMap(page);
    await page.getByRole('button', { name: 'Share' }).tap();
    const panel = page.getByRole('group', { name: 'Share this view' });
    await expect(panel).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    const buttons = panel.getByRole('button');
    expect(await buttons.count()).toBeGreaterThanOrEqual(4);
    for (const button of await buttons.all()) {
      await button.scrollIntoViewIfNeeded();
      const box = (await button.boundingBox())!;
      const name = await button.textContent();
      expect(box.x, `${name} starts on screen`).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, `${name} ends on screen`).toBeLessThanOrEqual(390);
      // Its whole label is shown, not cut.
      expect(await button.evaluate((b) => b.scrollWidth <= b.clientWidth), `${name} is whole`).toBe(
        true,
      );
    }
    const field = panel.getByRole('textbox', { name: 'Link to this view' });
    const box = (await field.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    // A tap on Copy link answers.
    await panel.getByRole('button', { name: 'Copy link' }).tap();
    await expect(panel.getByRole('status')).not.toBeEmpty();
    await page.screenshot({ path: `/tmp/h1-shots/phone-share-${path.replace(/\W+/g, '-')}.png` });
  });
}
