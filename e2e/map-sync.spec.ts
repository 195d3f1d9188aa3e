import { expect, test, type Page } from '@playwright/test';
import { waitForMap } from './helpers';

const SPLIT = '/?layer=cis&compare=csto&split=1';

interface Camera {
  lng: number;
  lat: number;
  zoom: number;
}

/** The camera of both maps shown side by side. */
async function cameras(page: Page): Promise<{ left: Camera; right: Camera }> {
  return page.evaluate(() => {
    const read = (id: string) => {
      const map = window.__atlasMaps![id]!;
      const c = map.getCenter();
      return { lng: c.lng, lat: c.lat, zoom: map.getZoom() };
    };
    return { left: read('map-main'), right: read('map-second') };
  });
}

/** Waits until neither map moves (a wheel zoom and a drag's inertia are animated). */
async function settled(page: Page): Promise<{ left: Camera; right: Camera }> {
  await page.waitForFunction(
    () =>
      ['map-main', 'map-second'].every((id) => {
        const map = window.__atlasMaps?.[id];
        return map && !map.isMoving();
      }),
    undefined,
    { polling: 100 },
  );
  await page.waitForTimeout(300); // a wheel zoom may start its easing a frame later
  await page.waitForFunction(() =>
    ['map-main', 'map-second'].every((id) => !window.__atlasMaps![id]!.isMoving()),
  );
  return cameras(page);
}

/** The two maps show the same place at the same scale. */
function expectInStep({ left, right }: { left: Camera; right: Camera }): void {
  expect(right.zoom).toBeCloseTo(left.zoom, 4);
  expect(right.lng).toBeCloseTo(left.lng, 4);
  expect(right.lat).toBeCloseTo(left.lat, 4);
}

async function openSideBySide(page: Page, path = SPLIT): Promise<void> {
  await page.goto(path);
  await waitForMap(page, 'map-main');
  await waitForMap(page, 'map-second');
}

/** A point in the left or right half of the side-by-side maps (the divider is in the middle). */
async function pointIn(page: Page, half: 'left' | 'right'): Promise<{ x: number; y: number }> {
  const box = (await page.getByTestId('map-main').boundingBox())!;
  return { x: box.x + box.width * (half === 'left' ? 0.3 : 0.7), y: box.y + box.height * 0.55 };
}

test.describe('maps side by side stay in step', () => {
  test('one wheel notch over the right half zooms the left too, and a drag on the left moves the right', async ({
    page,
  }) => {
    await openSideBySide(page);
    const before = await cameras(page);
    expectInStep(before);

    const right = await pointIn(page, 'right');
    await page.mouse.move(right.x, right.y);
    await page.mouse.wheel(0, -100);
    await page.waitForFunction(
      (z) => window.__atlasMaps!['map-second']!.getZoom() > z + 0.05,
      before.right.zoom,
    );
    const zoomed = await settled(page);
    expect(zoomed.left.zoom).toBeGreaterThan(before.left.zoom + 0.05);
    expectInStep(zoomed);

    const left = await pointIn(page, 'left');
    await page.mouse.move(left.x, left.y);
    await page.mouse.down();
    await page.mouse.move(left.x - 60, left.y + 20, { steps: 4 });
    await page.mouse.move(left.x - 160, left.y + 50, { steps: 6 });
    await page.mouse.up();
    const dragged = await settled(page);
    expect(Math.abs(dragged.left.lng - zoomed.left.lng)).toBeGreaterThan(1);
    expectInStep(dragged);
  });

  test('a double-click, the zoom buttons and the keys on either map move both', async ({
    page,
  }) => {
    await openSideBySide(page);
    const start = await cameras(page);

    // On the Caspian Sea, in the left half: a click on the sea selects nothing (a click on a
    // country would also zoom to it).
    const sea = await page.evaluate(() => {
      const map = window.__atlasMaps!['map-main']!;
      const p = map.project([51, 42]);
      const countries = map.queryRenderedFeatures(p, { layers: ['country-fill'] });
      return { x: p.x, y: p.y, countries: countries.length };
    });
    expect(sea.countries).toBe(0);
    const box = (await page.getByTestId('map-main').boundingBox())!;
    expect(sea.x).toBeLessThan(box.width / 2);
    await page.mouse.dblclick(box.x + sea.x, box.y + sea.y);
    await page.waitForFunction(
      (z) => window.__atlasMaps!['map-second']!.getZoom() > z + 0.5,
      start.right.zoom,
    );
    const doubled = await settled(page);
    // One level in (on the globe MapLibre adjusts the zoom a little as the centre's latitude moves).
    expect(Math.abs(doubled.left.zoom - start.left.zoom - 1)).toBeLessThan(0.15);
    expectInStep(doubled);

    // Both maps have zoom buttons in the same place, one over the other: click there as a person
    // would, whichever map's button is on top.
    const button = await page.getByRole('button', { name: 'Zoom out' }).first().boundingBox();
    await page.mouse.click(button!.x + button!.width / 2, button!.y + button!.height / 2);
    const buttoned = await settled(page);
    expect(Math.abs(doubled.left.zoom - buttoned.left.zoom - 1)).toBeLessThan(0.15);
    expectInStep(buttoned);

    await page.getByTestId('map-main').locator('canvas.maplibregl-canvas').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const keyed = await settled(page);
    expect(keyed.right.lng).toBeGreaterThan(buttoned.right.lng + 1);
    expectInStep(keyed);
  });

  test('a zoom to a country moves both maps; Russia’s keeps Chukotka, past 180°, in view', async ({
    page,
  }) => {
    await openSideBySide(page, `${SPLIT}&country=RUS`);
    const fitted = await settled(page);
    expectInStep(fitted);
    expect(fitted.left.zoom).toBeGreaterThan(1.2);
    const chukotka = await page.evaluate(() => {
      const map = window.__atlasMaps!['map-second']!;
      const p = map.project([185, 66]);
      const c = map.getCanvas();
      return p.x >= 0 && p.x <= c.clientWidth && p.y >= 0 && p.y <= c.clientHeight;
    });
    expect(chukotka).toBe(true);

    await openSideBySide(page, `${SPLIT}&country=GEO`);
    const georgia = await settled(page);
    expectInStep(georgia);
    expect(georgia.right.zoom).toBeGreaterThan(4);
    expect(georgia.right.lng).toBeCloseTo(43.4, 0);
    expect(georgia.right.lat).toBeGreaterThan(41);
    expect(georgia.right.lat).toBeLessThan(43.6);
  });
});

test.describe('the opening view', () => {
  test('opens on the fifteen states, as large as the map allows', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    const fit = await page.evaluate(() => {
      const map = window.__atlasMaps!['map-main']!;
      // OPENING_BBOX: the Baltic to Kazakhstan's east, Turkmenistan's south to Estonia's north
      // (components/map/map-style.ts).
      const corners = (
        [
          [20, 62],
          [88, 62],
          [20, 35],
          [88, 35],
        ] as const
      ).map((c) => map.project([...c]));
      const c = map.getCanvas();
      const xs = corners.map((p) => p.x);
      const ys = corners.map((p) => p.y);
      return {
        lng: map.getCenter().lng,
        inside: corners.every(
          (p) => p.x >= 0 && p.x <= c.clientWidth && p.y >= 0 && p.y <= c.clientHeight,
        ),
        widthShare: (Math.max(...xs) - Math.min(...xs)) / c.clientWidth,
        heightShare: (Math.max(...ys) - Math.min(...ys)) / c.clientHeight,
      };
    });
    expect(fit.lng).toBeCloseTo(54, 0);
    expect(fit.inside).toBe(true);
    // Touching the padding on two opposite sides (the globe curves the box's edges).
    expect(Math.max(fit.widthShare, fit.heightShare)).toBeGreaterThan(0.9);
  });
});
