/** Shared steps for the end-to-end tests: wait for a map, read what it renders. */
import { expect, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { memberships } from '../data/atlas';
import { referenceDay, statusAt, todayUtc } from '../data/membership';
import type { OrgId } from '../data/vocabulary';

/** Today, as the server under test sees it (same clock). */
export const today = todayUtc();

/** The status the data gives a state in an organisation for a year: what the page must show. */
export function expectedStatus(org: OrgId, iso3: string, year: number): string {
  return statusAt(memberships, org, iso3, referenceDay(year, today)).status;
}

/**
 * Points well inside post-Soviet states, away from their labels and borders at the opening view
 * (Uzbekistan's is near Navoiy, clear of its label even at zoom 4.5).
 */
export const INSIDE: Readonly<Record<string, [number, number]>> = {
  GEO: [44.6, 41.9],
  UZB: [65.2, 40.6],
  KAZ: [60.5, 49.0],
  UKR: [27.5, 49.3],
  TKM: [58.5, 38.8],
  ARM: [44.9, 40.4],
  AZE: [47.8, 40.4],
};

/** Waits until the map with this test id has loaded its geometry and finished drawing. */
export async function waitForMap(page: Page, testId = 'map-main'): Promise<void> {
  await expect(page.getByTestId(testId)).toHaveAttribute('data-map-status', 'ready', {
    timeout: 60_000,
  });
  await page.waitForFunction((id) => {
    const map = window.__atlasMaps?.[id];
    return Boolean(map && map.loaded() && map.areTilesLoaded() && !map.isMoving());
  }, testId);
}

/** Waits for the map to draw again after a change (one idle event, or already idle). */
export async function waitForIdle(page: Page, testId = 'map-main'): Promise<void> {
  await page.evaluate(
    (id) =>
      new Promise<void>((resolve) => {
        const map = window.__atlasMaps?.[id];
        if (!map) return resolve();
        map.once('idle', () => resolve());
        map.triggerRepaint();
      }),
    testId,
  );
}

/**
 * The class (status, category or change word) of the country rendered at a point given in
 * degrees: what the map actually drew there, as MapLibre reports its rendered features.
 */
export async function renderedClassAt(
  page: Page,
  lngLat: [number, number],
  testId = 'map-main',
): Promise<{ iso3: string; cls: string } | null> {
  return page.evaluate(
    ({ id, at }) => {
      const map = window.__atlasMaps?.[id];
      if (!map) return null;
      const point = map.project(at);
      const f = map.queryRenderedFeatures(point, { layers: ['country-fill'] })[0];
      return f ? { iso3: String(f.properties.iso3), cls: String(f.state.cls ?? '') } : null;
    },
    { id: testId, at: lngLat },
  );
}

/** The average colour of a small square of the rendered map around a point in degrees. */
export async function pixelAt(
  page: Page,
  lngLat: [number, number],
  testId = 'map-main',
  radius = 2,
): Promise<[number, number, number]> {
  const point = await page.evaluate(
    ({ id, at }) => {
      const p = window.__atlasMaps![id]!.project(at);
      return { x: p.x, y: p.y };
    },
    { id: testId, at: lngLat },
  );
  const canvas = page.getByTestId(testId).locator('canvas.maplibregl-canvas');
  const png = PNG.sync.read(await canvas.screenshot());
  const box = await canvas.boundingBox();
  const scale = png.width / (box?.width ?? png.width);
  let r = 0,
    g = 0,
    b = 0,
    n = 0;
  for (let dy = -radius; dy <= radius; dy++) {
    for (let dx = -radius; dx <= radius; dx++) {
      const x = Math.round((point.x + dx) * scale);
      const y = Math.round((point.y + dy) * scale);
      const i = (png.width * y + x) * 4;
      r += png.data[i]!;
      g += png.data[i + 1]!;
      b += png.data[i + 2]!;
      n++;
    }
  }
  return [r / n, g / n, b / n];
}

/** Whether two colours are within `tolerance` on every channel. */
export function near(actual: readonly number[], hex: string, tolerance = 24): boolean {
  const expected = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return actual.every((v, i) => Math.abs(v - expected[i]!) <= tolerance);
}
