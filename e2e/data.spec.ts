/**
 * The downloads, as a reader gets them: the files at their addresses (read with a CSV reader of
 * the tests' own, testing/csv.ts), the table view's "Download this table as CSV" compared with
 * the table on the page and with the golden cells (written by hand from the sources), and the
 * /data page's dictionary. Runs against `npm start` and the static deployment alike.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { csvRecords, parseCsv } from '@/testing/csv';
import { goldenStatus } from './helpers';

test.describe('the data files', () => {
  test('memberships.csv has a row per interval of the record, each with a source', async ({
    request,
  }) => {
    const res = await request.get('/data/memberships.csv');
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toMatch(/^text\/csv/);
    if (!process.env.E2E_STATIC)
      expect(res.headers()['cache-control']).toBe(
        'public, max-age=3600, stale-while-revalidate=86400',
      );
    const text = await res.text();
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = csvRecords(text);
    // Counted by hand in data/records/memberships.json: 109 intervals (CIS 32, CSTO 19, EAEU 23,
    // Union State 6, CIS air defence 15, GUAM 14).
    expect(rows).toHaveLength(109);
    expect(rows.filter((r) => r.org === 'cis')).toHaveLength(32);
    expect(rows.filter((r) => r.org === 'jads')).toHaveLength(15);
    for (const r of rows) {
      expect(r.source_title, `${r.iso3} ${r.org} from ${r.from}`).not.toBe('');
      expect(`${r.source_url}${r.source_citation}`).not.toBe('');
    }
    const georgia = rows.find(
      (r) => r.iso3 === 'GEO' && r.org === 'cis' && r.status === 'withdrawing',
    );
    expect(georgia).toMatchObject({ org: 'cis', until: '2009-08-18', effective: '2009-08-18' });
  });

  test('the other files are there: the whole record as JSON, events, quotes and claims', async ({
    request,
  }) => {
    const json = await (await request.get('/data/cis-atlas.json')).json();
    expect(json.licence).toMatchObject({ name: 'CC BY 4.0', attribution: 'CIS Atlas' });
    expect(json.memberships).toHaveLength(109);
    for (const [path, count] of [
      ['/data/events.csv', 62],
      ['/data/quotes.csv', 30],
      ['/data/claims.csv', 20],
    ] as const) {
      const res = await request.get(path);
      expect(res.status(), path).toBe(200);
      expect(parseCsv(await res.text()), path).toHaveLength(count + 1);
    }
  });
});

test.describe('the table download', () => {
  test('saves exactly the table shown for 2015, sources in full', async ({ page }) => {
    await page.goto('/?view=table&year=2015');
    // The interactive atlas, not the prerendered fallback, so that the button is hydrated.
    await expect(page.getByRole('button', { name: 'Map', exact: true })).toBeVisible();
    await expect(page.locator('.static-year')).toHaveCount(0);
    const table = page.getByRole('table', { name: /Membership of the post-Soviet states in 2015/ });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download this table as CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('cis-atlas-2015-table.csv');
    const rows = csvRecords(readFileSync(await download.path(), 'utf8'));

    // The states, in the order the table lists them.
    const names = (await table.getByRole('rowheader').allInnerTexts()).map((n) => n.trim());
    expect(rows.map((r) => r.State)).toEqual(names);
    expect(names).toHaveLength(15);
    // Every status word, as the page shows it.
    for (const tr of await table.locator('tbody tr').all()) {
      const name = (await tr.getByRole('rowheader').innerText()).trim();
      const row = rows.find((r) => r.State === name)!;
      for (const [org, heading] of [
        ['cis', 'CIS'],
        ['csto', 'CSTO'],
        ['eaeu', 'EAEU'],
      ] as const) {
        const word = await tr.locator(`td[data-org="${org}"] .status-word`).innerText();
        expect(row[heading], `${name} ${heading}`).toBe(word.trim());
      }
    }
    // Hand-picked states against the golden cells (from the sources, not the code).
    const row = (name: string) => rows.find((r) => r.State === name)!;
    expect(row('Georgia').CIS).toBe(goldenStatus('cis', 'GEO', 2015));
    expect(row('Georgia').CIS).toBe('non-member');
    expect(row('Armenia').EAEU).toBe(goldenStatus('eaeu', 'ARM', 2015));
    expect(row('Armenia').EAEU).toBe('member');
    expect(row('Armenia').CSTO).toBe(goldenStatus('csto', 'ARM', 2015));
    expect(row('Armenia')['CIS: dates']).toBe('since 16 Mar 1994');
    // A source in full where the page shows a footnote number.
    expect(row('Armenia')['EAEU: source']).toMatch(/https:\/\/www\.commonspace\.eu\//);
  });
});

test.describe('the data page', () => {
  test('lists the files and shows the dictionary, licence and citation', async ({ page }) => {
    await page.goto('/data');
    await expect(page.getByRole('heading', { level: 1, name: 'Data' })).toBeVisible();
    await expect(page.getByRole('link', { name: '/data/memberships.csv' })).toHaveAttribute(
      'href',
      '/data/memberships.csv',
    );
    const columns = page.getByRole('table', { name: 'Columns of memberships.csv, in file order' });
    const status = columns.getByRole('row').filter({
      has: page.getByRole('rowheader', { name: 'status', exact: true }),
    });
    for (const word of ['member', 'participating', 'withdrawing', 'non-member'])
      await expect(status).toContainText(word);
    await expect(
      columns
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: 'from_precision', exact: true }) }),
    ).toContainText('month');
    await expect(page.getByRole('main')).toContainText('CC BY 4.0');
    await expect(page.getByRole('main')).toContainText('public domain');
    await expect(page.locator('.data-citation')).toContainText('CIS Atlas, "Post-Soviet alliances');
  });
});
