/**
 * The map started before the page hydrates (instrumentation-client.ts, components/map/early-map.ts)
 * is the map the reader gets: one map, in its frame, coloured for the link, answering the pointer,
 * and nothing left behind where no map was wanted. The marks' names are the page's own (written
 * here by hand); what is asserted is what a reader sees.
 */
import { expect, test, type Page } from '@playwright/test';
import { INSIDE, goldenStatus, renderedClassAt, waitForMap } from './helpers';

const STARTED = 'atlas:map-started-early';
const TAKEN = 'atlas:early-map-taken';

async function marks(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() =>
    Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])),
  );
}

test.describe('the map started before hydration', () => {
  test('is the one map shown, sized to its frame, coloured for the link and answering the pointer', async ({
    page,
  }) => {
    await page.goto('/csto/2008');
    await waitForMap(page);
    const m = await marks(page);
    expect(m[STARTED], 'the map was started before the atlas mounted').toBeDefined();
    expect(m[TAKEN]).toBeGreaterThan(m[STARTED]!);
    await expect(page.locator('canvas.maplibregl-canvas')).toHaveCount(1);
    await expect(page.locator('.early-map-slot')).toHaveCount(0);
    const frame = (await page.getByTestId('map-main').boundingBox())!;
    const canvas = (await page.locator('canvas.maplibregl-canvas').boundingBox())!;
    expect(Math.abs(canvas.width - (frame.width - 2))).toBeLessThanOrEqual(2);
    expect(Math.abs(canvas.height - (frame.height - 2))).toBeLessThanOrEqual(2);
    for (const iso of ['ARM', 'AZE', 'BLR', 'EST'] as const) {
      expect((await renderedClassAt(page, INSIDE[iso]!))?.cls, iso).toBe(
        goldenStatus('csto', iso, 2008),
      );
    }
    // Its pointer events reach the atlas: the tooltip, and a click opens the state's panel.
    const p = await page.evaluate(
      (at) => window.__atlasMaps!['map-main']!.project(at),
      INSIDE.ARM!,
    );
    await page.mouse.move(frame.x + p.x, frame.y + p.y);
    await expect(page.getByRole('tooltip')).toHaveText(/^Armenia: a member of the CSTO \(2008\)/);
    await page.mouse.click(frame.x + p.x, frame.y + p.y);
    await expect(page.getByRole('heading', { name: 'Armenia', level: 2 })).toBeVisible();
    // The next year recolours the same map.
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Previous year' }).click();
    await expect(page.locator('canvas.maplibregl-canvas')).toHaveCount(1);
  });

  test('a link to the table starts no map, and the map view then draws one', async ({ page }) => {
    await page.goto('/?layer=csto&year=2008&view=table');
    await expect(page.getByRole('table').first()).toBeVisible();
    await page.waitForTimeout(500);
    expect((await marks(page))[STARTED]).toBeUndefined();
    await expect(page.locator('canvas.maplibregl-canvas')).toHaveCount(0);
    await page.getByRole('button', { name: 'Map', exact: true }).click();
    await waitForMap(page);
    await expect(page.locator('canvas.maplibregl-canvas')).toHaveCount(1);
  });

  test('a link to two maps side by side draws two, none of them early', async ({ page }) => {
    await page.goto('/?layer=cis&compare=csto&split=1');
    await waitForMap(page, 'map-main');
    await waitForMap(page, 'map-second');
    expect((await marks(page))[STARTED]).toBeUndefined();
    await expect(page.locator('canvas.maplibregl-canvas')).toHaveCount(2);
  });
});
