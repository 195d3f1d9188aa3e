/**
 * The page against the golden cells: statuses written by hand from the historical record
 * (testing/golden-cells.ts), read from the table as a reader sees it and from the map as MapLibre
 * drew it. Nothing here is computed from our records.
 */
import { expect, test, type Page } from '@playwright/test';
import { POST_SOVIET_NAMES, type GoldenCell } from '@/testing/golden-cells';
import type { OrgId } from '../data/vocabulary';
import {
  goldenCellsOf,
  renderedClassAt,
  shownStatus,
  waitForIdle,
  waitForMap,
  INSIDE,
} from './helpers';

const NAMES: Readonly<Record<string, string>> = POST_SOVIET_NAMES;
/** The organisations' short names (the layer switcher's labels). */
const HEADINGS: Record<string, string> = {
  cis: 'CIS',
  csto: 'CSTO',
  eaeu: 'EAEU',
  'union-state': 'Union State',
  jads: 'CIS air defence',
  guam: 'GUAM',
};
/**
 * How a column or a legend heading may name an organisation in a year: by its own short name or
 * by the body of that year (the Collective Security Treaty, the Customs Union, EurAsEC).
 */
const NAMED: Record<string, RegExp> = {
  cis: /\bCIS\b(?! air defence)/,
  csto: /\bCSTO?\b/,
  eaeu: /\b(EAEU|EurAsEC|Customs Union)\b/,
  'union-state': /\b(Union State|Russia–Belarus Union|Russia–Belarus Community)\b/,
  jads: /\bCIS air defence\b/,
  guam: /\b(GUAM|GUUAM|ODED-GUAM)\b/,
};

function named(org: OrgId): RegExp {
  const re = NAMED[org];
  if (!re) throw new Error(`No heading pattern for ${org}: add one to NAMED`);
  return re;
}

/** The legend's heading for an organisation in a year, e.g. "CST in 1993". */
function headingFor(org: OrgId, year: number): RegExp {
  return new RegExp(`${named(org).source}.* in ${year}$`);
}

function label(c: GoldenCell): string {
  return `${NAMES[c.iso3]} in the ${HEADINGS[c.org]}, ${c.year} (${c.why})`;
}

/** Soft, with a short wait: one run lists every state the page gets wrong. */
const softly = expect.configure({ soft: true, timeout: 5_000 });

/** Years whose table the golden set covers in full. */
const TABLE_YEARS = [1993, 1999, 2008, 2015];
/** How many cells the golden set has for each of those years: 15 states × its organisations. */
const TABLE_CELLS: Record<number, number> = {
  1993: 15 * 3,
  1999: 15 * 6,
  2008: 15 * 6,
  2015: 15 * 6,
};

test.describe('the table against the historical record', () => {
  for (const year of TABLE_YEARS) {
    test(`every state's status in ${year} is the one the sources give`, async ({ page }) => {
      const cells = goldenCellsOf(year);
      expect(cells.length, `golden cells for ${year}`).toBe(TABLE_CELLS[year]);
      await page.goto(`/?year=${year}&view=table`);
      const table = page.getByRole('table', {
        name: new RegExp(`Membership of the post-Soviet states in ${year}`),
      });
      // The caption states the reference day, which the golden cells were written for.
      await expect(table).toContainText(`status on 31 December ${year}`);
      const headers = (await table.getByRole('columnheader').allInnerTexts()).map((h) => h.trim());
      for (const c of cells) {
        const column = headers.findIndex((h) => named(c.org).test(h));
        expect(
          column,
          `a column headed ${HEADINGS[c.org]} in ${headers.join(' | ')}`,
        ).toBeGreaterThan(0);
        expect(
          headers.filter((h) => named(c.org).test(h)),
          `one column for ${c.org}`,
        ).toHaveLength(1);
        const row = table
          .getByRole('row')
          .filter({ has: page.getByRole('rowheader', { name: NAMES[c.iso3], exact: true }) });
        // Cells after the row header: the organisation's column, less the header column.
        const cell = row.getByRole('cell').nth(column - 1);
        await softly(cell, label(c)).toHaveText(
          new RegExp(`^\\s*${escape(shownStatus(c))}(\\s|$)`),
        );
      }
    });
  }
});

/** Checks every state with a point in INSIDE and a golden cell against the rendered map. */
async function checkMap(page: Page, year: number, org: OrgId): Promise<number> {
  const cells = goldenCellsOf(year, org).filter((c) => INSIDE[c.iso3]);
  for (const c of cells) {
    const at = INSIDE[c.iso3]!;
    await expect
      .poll(async () => (await renderedClassAt(page, at))?.iso3, `a point inside ${c.iso3}`)
      .toBe(c.iso3);
    await softly
      .poll(async () => (await renderedClassAt(page, at))?.cls, { message: label(c) })
      .toBe(shownStatus(c));
  }
  return cells.length;
}

/** Year, the layer the link opens on, then the layers switched to on the same page. */
const MAP_VISITS: { year: number; layers: OrgId[] }[] = [
  { year: 1993, layers: ['csto', 'cis', 'eaeu'] },
  { year: 2008, layers: ['cis', 'eaeu', 'csto'] },
  { year: 2015, layers: ['eaeu', 'csto'] },
  { year: 2008, layers: ['jads', 'guam', 'union-state'] },
  { year: 1999, layers: ['guam', 'jads'] },
];

test.describe('the map against the historical record', () => {
  for (const { year, layers } of MAP_VISITS) {
    test(`in ${year} every state is drawn with the status the sources give (${layers.join(', ')})`, async ({
      page,
    }) => {
      const [first, ...rest] = layers as [OrgId, ...OrgId[]];
      await page.goto(`/?year=${year}&layer=${first}`);
      await waitForMap(page);
      await expect(page.getByRole('heading', { name: headingFor(first, year) })).toBeVisible();
      expect(await checkMap(page, year, first)).toBe(15);
      for (const org of rest) {
        const radio = page.getByRole('radio', { name: HEADINGS[org], exact: true });
        await radio.check();
        await expect(radio).toBeChecked();
        await expect(page.getByRole('heading', { name: headingFor(org, year) })).toBeVisible();
        await waitForIdle(page);
        expect(await checkMap(page, year, org)).toBe(15);
      }
    });
  }
});
