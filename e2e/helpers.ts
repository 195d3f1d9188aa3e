/** Shared steps for the end-to-end tests: wait for a map, read what it renders. */
import { expect, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { goldenCells, POST_SOVIET_ISO3, type GoldenCell } from '@/testing/golden-cells';
import type { OrgId, Status } from '../data/vocabulary';

/**
 * Today, as the build under test was told: the day npm test pins (playwright.config.ts sets it
 * for a run without npm test). No test reads the machine's clock.
 */
export const today = process.env.ATLAS_TODAY!;
export const currentYear = Number(today.slice(0, 4));

/**
 * The day whose status the page shows for a year, by the rule the legend states (31 December,
 * or today for the current year); written here, not taken from the code under test.
 */
function shownDay(year: number): string {
  return year >= currentYear ? today : `${year}-12-31`;
}

/**
 * The golden cell for a state in an organisation in a year: a status written by hand from the
 * historical record (testing/golden-cells.ts), never computed from our records. Throws when there is
 * no such cell, or when the cell was written for another day than the page shows (a current-year
 * cell may be used on any day of the span it `holds`): tests choose years and states in the set.
 */
function goldenCell(org: OrgId, iso3: string, year: number): GoldenCell {
  const cell = goldenCells.find((c) => c.org === org && c.iso3 === iso3 && c.year === year);
  if (!cell)
    throw new Error(
      `No golden cell for ${iso3} in ${org} in ${year}: use a year and state in testing/golden-cells.ts or add a sourced cell there.`,
    );
  const day = shownDay(year);
  const holds = cell.holds && cell.holds.from <= day && day <= cell.holds.to;
  if (cell.day !== day && !holds)
    throw new Error(
      `The golden cell for ${iso3} in ${org} in ${year} was written for ${cell.day}, but the page shows ${day}.`,
    );
  return cell;
}

/** The status the page must show for a state in an organisation in a year (see {@link goldenCell}). */
export function goldenStatus(org: OrgId, iso3: string, year: number): Status {
  return goldenCell(org, iso3, year).status;
}

/**
 * The first day of each organisation's first body, written by hand from its founding act (the
 * Belovezha Agreement, the Tashkent treaty, the 1995 Customs Union agreement, the 1996 Community
 * treaty, the 1995 Almaty air defence agreement, the 1997 Strasbourg communiqué). On a day before
 * it the page shows no status but `before` (greyed, "No … until …"): the cell's status is still
 * the record's `non-member`.
 */
const FIRST_DAY: Record<string, string> = {
  cis: '1991-12-08',
  csto: '1992-05-15',
  eaeu: '1995-01-06',
  'union-state': '1996-04-02',
  jads: '1995-02-10',
  guam: '1997-10-10',
};

/** What the page shows for a golden cell: its status, or `before` before the organisation. */
export function shownStatus(c: GoldenCell): string {
  return c.day < FIRST_DAY[c.org]! ? 'before' : c.status;
}

/** Every golden cell of a year that applies to the day the page shows for it. */
export function goldenCellsOf(year: number, org?: OrgId): GoldenCell[] {
  return goldenCells
    .filter((c) => c.year === year && (org === undefined || c.org === org))
    .filter((c) => {
      try {
        goldenCell(c.org, c.iso3, c.year);
        return true;
      } catch {
        return false;
      }
    });
}

/** The fifteen post-Soviet states, by ISO3, written out by hand in testing/golden-cells.ts. */
export const POST_SOVIET: readonly string[] = POST_SOVIET_ISO3;

/**
 * Points well inside post-Soviet states, at least 35 km from any border, in the opening view
 * (Uzbekistan's is near Navoiy, clear of its label even at zoom 4.5; the points added for the
 * golden checks are offset from their country's label anchor).
 */
export const INSIDE: Readonly<Record<string, [number, number]>> = {
  GEO: [44.6, 41.9],
  UZB: [65.2, 40.6],
  KAZ: [60.5, 49.0],
  UKR: [27.5, 49.3],
  TKM: [58.5, 38.8],
  ARM: [44.9, 40.4],
  AZE: [47.8, 40.4],
  BLR: [26.5, 52.6],
  RUS: [45.0, 58.5],
  KGZ: [76.3, 41.7],
  TJK: [69.6, 38.1],
  MDA: [28.2, 47.8],
  EST: [26.6, 58.4],
  LVA: [26.5, 56.6],
  LTU: [25.0, 55.1],
};

/** Makes the page's browser answer as one without WebGL: no context of either version. */
export async function withoutWebGl(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const getContext = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (
      this: HTMLCanvasElement,
      id: string,
      ...rest: unknown[]
    ) {
      if (/webgl/i.test(id)) return null;
      return (getContext as (...a: unknown[]) => unknown).call(this, id, ...rest);
    } as typeof getContext;
  });
}

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
