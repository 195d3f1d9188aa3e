/**
 * Share and embed, as a reader uses them: the share menu copies the link of the view (its map view
 * in the hash, once the reader has moved the map) and gives an iframe; that iframe, on a page of
 * another origin, shows the view's map, slider and legend in 600×450 without sideways scrolling;
 * the rest of the atlas refuses to be framed (where the server sends headers: `npm start`).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { waitForMap } from './helpers';

/**
 * A page of another origin that embeds the atlas: a server of its own on another port of the
 * loopback (a page fulfilled by Playwright for a public name counts as public, and Chromium's
 * local-network checks then refuse a frame from 127.0.0.1).
 */
async function storyServer(html: string): Promise<{ origin: string; close: () => void }> {
  const server = createServer((_, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => server.close() };
}

test('the share menu copies the link of the view, map view included, and gives an iframe', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.goto('/?layer=csto&year=2008');
  await waitForMap(page);
  // The map's view goes into the link once the reader has moved the map.
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(page).toHaveURL(/#[\d.]+\/[-\d.]+\/[-\d.]+$/);
  await page.getByRole('button', { name: 'Share' }).click();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/[?&]layer=csto/);
  expect(link).toMatch(/[?&]year=2008/);
  expect(link).toMatch(/#[\d.]+\/[-\d.]+\/[-\d.]+$/);
  const code = await page.getByRole('textbox', { name: /Embed this view/ }).inputValue();
  expect(code).toContain(`src="${baseURL}/embed?year=2008&amp;layer=csto"`);
  expect(code).toContain('title="CSTO in 2008 (CIS Atlas)"');
  // Escape closes the menu and returns focus to its button.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Share' })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Copy link' })).toHaveCount(0);
});

test('a path page’s embed code carries its organisation and year', async ({ page, baseURL }) => {
  await page.goto('/eaeu/2015');
  await waitForMap(page);
  await page.getByRole('button', { name: 'Share' }).click();
  const code = await page.getByRole('textbox', { name: /Embed this view/ }).inputValue();
  expect(code).toContain(`src="${baseURL}/embed?year=2015&amp;layer=eaeu"`);
});

test('the embed view fits a 600×450 iframe on a page of another origin', async ({
  page,
  baseURL,
}) => {
  const story = await storyServer(
    '<!doctype html><title>A story</title><p>Our story.</p>' +
      `<iframe src="${baseURL}/embed?layer=csto&year=2008" title="CSTO in 2008 (CIS Atlas)" ` +
      'width="600" height="450" style="border:0"></iframe>',
  );
  expect(story.origin).not.toBe(baseURL);
  await page.goto(`${story.origin}/story`);
  const frame = page.frameLocator('iframe');
  await expect(frame.getByTestId('map-main')).toHaveAttribute('data-map-status', 'ready', {
    timeout: 60_000,
  });
  // The map, the year and the legend with the seven members' names, and a way to the full atlas.
  await expect(frame.getByRole('slider')).toHaveValue('2008');
  await expect(frame.locator('.legend li[data-class="member"] .legend-states')).toHaveText(
    'Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, Tajikistan, Uzbekistan',
  );
  await expect(frame.getByRole('link', { name: /Open this view in CIS Atlas/ })).toBeVisible();
  // No site header, panels or search in the frame, and nothing wider than the frame.
  await expect(frame.getByRole('combobox', { name: 'Find a country' })).toHaveCount(0);
  const inner = page.frames().find((f) => f.url().includes('/embed'))!;
  const size = await inner.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    mapHeight: document.querySelector('[data-testid="map-main"]')!.getBoundingClientRect().height,
  }));
  expect(size.scrollWidth).toBeLessThanOrEqual(600);
  expect(size.mapHeight).toBeGreaterThan(200);
  // The slider works inside the frame.
  await frame.getByRole('slider').focus();
  await page.keyboard.press('ArrowRight');
  await expect(frame.getByRole('slider')).toHaveValue('2009');
  story.close();
});

test('the atlas itself refuses to be framed by another origin', async ({ page, baseURL }) => {
  test.skip(!!process.env.E2E_STATIC, 'a plain static file server sends no headers');
  const csp = async (path: string) =>
    (await page.request.get(`${baseURL}${path}`)).headers()['content-security-policy'] ?? '';
  expect(await csp('/')).toContain("frame-ancestors 'none'");
  expect(await csp('/csto/2009')).toContain("frame-ancestors 'none'");
  expect(await csp('/embed')).toContain('frame-ancestors *');
  expect(await csp('/embed')).not.toContain("frame-ancestors 'none'");
});
