/**
 * Embeds at ordinary sizes (newcomer audit, finding 8): the share menu's embed code, put on a page
 * of another origin, shows the whole map at its default height; `controls=0` gives a 400×400 frame
 * to the map; a bad value is named; and the auto-height snippet sizes the frame to its content
 * under the atlas's Content Security Policy (served by `npm start` with its headers).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { waitForMap } from './helpers';

/** A page of another origin (another port of the loopback, as in share-embed.spec.ts). */
async function storyServer(html: string): Promise<{ origin: string; close: () => void }> {
  const server = createServer((_, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><title>A story</title><body style="margin:0">${html}</body>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => server.close() };
}

/** The embed code the share menu gives for a view, with its choices set as a reader sets them. */
async function embedCodeFor(
  page: Page,
  path: string,
  { controls, autoHeight }: { controls: boolean; autoHeight: boolean },
): Promise<string> {
  await page.goto(path);
  await waitForMap(page);
  await page.getByRole('button', { name: 'Share' }).click();
  await page
    .getByRole('checkbox', { name: 'with the organisations and the year slider' })
    .setChecked(controls);
  await page.getByRole('checkbox', { name: /resize the frame to fit/ }).setChecked(autoHeight);
  return page.getByRole('textbox', { name: /Embed this view/ }).inputValue();
}

/** The embed's frame inside the story, and the map's box in the frame's own pixels. */
async function framed(
  page: Page,
): Promise<{ mapTop: number; mapBottom: number; frameHeight: number }> {
  const frame = page.frameLocator('iframe');
  await expect(frame.getByTestId('map-main')).toHaveAttribute('data-map-status', 'ready', {
    timeout: 60_000,
  });
  const inner = page.frames().find((f) => f.url().includes('/embed'))!;
  return inner.evaluate(() => {
    const box = document.querySelector('[data-testid="map-main"]')!.getBoundingClientRect();
    return { mapTop: box.top, mapBottom: box.bottom, frameHeight: window.innerHeight };
  });
}

test('controls=0 gives a 400×400 frame to the map, and the legend still names the members', async ({
  page,
  baseURL,
}) => {
  const story = await storyServer(
    `<iframe src="${baseURL}/embed?layer=csto&year=2008&controls=0" title="CSTO in 2008" ` +
      'width="400" height="400" style="border:0"></iframe>',
  );
  await page.goto(`${story.origin}/`);
  const box = await framed(page);
  // The map starts at the top and takes most of the frame (it was a 175 px sliver under 220 px
  // of buttons and slider).
  expect(box.mapTop).toBeLessThan(20);
  expect(box.mapBottom - box.mapTop).toBeGreaterThan(0.8 * 400);
  const frame = page.frameLocator('iframe');
  await expect(frame.getByRole('slider')).toHaveCount(0);
  await expect(frame.getByRole('radio', { name: /CSTO/ })).toHaveCount(0);
  await expect(frame.locator('.legend li[data-class="member"] .legend-states')).toHaveText(
    'Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, Tajikistan, Uzbekistan',
  );
  // The link to the full atlas opens it with its controls.
  await expect(frame.getByRole('link', { name: /Open this view in CIS Atlas/ })).toHaveAttribute(
    'href',
    '/?year=2008&layer=csto',
  );
  story.close();
});

test('a controls= value that is not a switch is named, and the controls stay', async ({ page }) => {
  await page.goto('/embed?layer=csto&year=2008&controls=maybe');
  await expect(page.getByText('The value “maybe” for controls is not 1 or 0')).toBeVisible();
  await expect(page.getByRole('slider')).toHaveValue('2008');
});

for (const width of [360, 800]) {
  test(`the default embed code shows the whole map in a ${width} px wide column`, async ({
    page,
    baseURL,
  }) => {
    const code = await embedCodeFor(page, '/?layer=csto&year=2008', {
      controls: true,
      autoHeight: false,
    });
    expect(code).not.toContain('<script');
    const story = await storyServer(`<div style="width:${width}px">${code}</div>`);
    expect(story.origin).not.toBe(baseURL);
    await page.goto(`${story.origin}/`);
    const box = await framed(page);
    expect(box.mapBottom).toBeLessThanOrEqual(box.frameHeight);
    expect(box.mapBottom - box.mapTop).toBeGreaterThan(200);
    story.close();
  });
}

test('the auto-height snippet sizes the frame to its content, with and without controls', async ({
  page,
}) => {
  for (const controls of [false, true]) {
    const code = await embedCodeFor(page, '/?layer=csto&year=2008', { controls, autoHeight: true });
    expect(code).toContain('<script>');
    const story = await storyServer(`<div style="width:400px">${code}</div><p>After.</p>`);
    await page.goto(`${story.origin}/`);
    const initial = Number(await page.locator('iframe').getAttribute('height'));
    await framed(page);
    const inner = page.frames().find((f) => f.url().includes('/embed'))!;
    const contentHeight = () =>
      inner.evaluate(() => document.querySelector('main')!.getBoundingClientRect().bottom);
    const frameHeight = async () => (await page.locator('iframe').boundingBox())!.height;
    // The frame grows to hold the legend and the footer, then stays (it does not chase the map).
    await expect.poll(frameHeight).not.toBe(initial);
    await page.waitForTimeout(1500);
    const settled = await frameHeight();
    await page.waitForTimeout(1000);
    expect(await frameHeight()).toBe(settled);
    expect(settled).toBeGreaterThanOrEqual(await contentHeight());
    expect(settled).toBeLessThan((await contentHeight()) + 40);
    // The footer's link is inside the frame, with nothing left to scroll to.
    const inside = await inner.evaluate(() => ({
      linkBottom: document.querySelector('.embed-footer a')!.getBoundingClientRect().bottom,
      height: window.innerHeight,
      scroll: document.documentElement.scrollHeight,
    }));
    expect(inside.linkBottom).toBeLessThanOrEqual(inside.height);
    expect(inside.scroll).toBeLessThanOrEqual(inside.height + 1);
    story.close();
  }
});
