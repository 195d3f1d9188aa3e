/**
 * A shared link to a prerendered organisation-year page with a map view (`/csto/2008#5/41/45.5`)
 * opens one map, filling its frame, on the link's view, coloured for the link's layer and year,
 * and answering the pointer. The view and the statuses are written here by hand.
 */
import { expect, test } from '@playwright/test';
import { INSIDE, goldenStatus, renderedClassAt, waitForMap } from './helpers';

test('a link to a year page with a view opens one map there, coloured and answering the pointer', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto('/csto/2008#5/41/45.5');
  await waitForMap(page);
  await expect(page.locator('canvas.maplibregl-canvas')).toHaveCount(1);
  const frame = (await page.getByTestId('map-main').boundingBox())!;
  const canvas = (await page.locator('canvas.maplibregl-canvas').boundingBox())!;
  expect(Math.abs(canvas.width - (frame.width - 2))).toBeLessThanOrEqual(2);
  expect(Math.abs(canvas.height - (frame.height - 2))).toBeLessThanOrEqual(2);
  const view = await page.evaluate(() => {
    const map = window.__atlasMaps!['map-main']!;
    return { zoom: map.getZoom(), ...map.getCenter() };
  });
  expect(view.zoom).toBeCloseTo(5, 1);
  expect(view.lat).toBeCloseTo(41, 1);
  expect(view.lng).toBeCloseTo(45.5, 1);
  // The South Caucasus in 2008: Armenia in the CSTO, Azerbaijan and Georgia out since 1999.
  for (const iso of ['ARM', 'AZE', 'GEO'] as const)
    expect((await renderedClassAt(page, INSIDE[iso]!))?.cls, iso).toBe(
      goldenStatus('csto', iso, 2008),
    );
  const p = await page.evaluate((at) => window.__atlasMaps!['map-main']!.project(at), INSIDE.ARM!);
  await page.mouse.move(frame.x + p.x, frame.y + p.y);
  await expect(page.getByRole('tooltip')).toHaveText(/^Armenia: a member of the CSTO \(2008\)/);
  await page.mouse.click(frame.x + p.x, frame.y + p.y);
  await expect(page.getByRole('heading', { name: 'Armenia', level: 2 })).toBeVisible();
});
