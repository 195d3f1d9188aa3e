/**
 * Where sources read a status differently, the reader sees it: a dashed outline and a key that
 * names the states, the panel's readings with their sources, and a switch that shows the layer
 * under the other reading. Expected statuses are read by hand from the sources: Ukraine took no
 * part in the CIS joint air defence system after 2014 (Vesti.az, 5 April 2012; its 2018 decree),
 * but stayed a party to the 1995 Almaty agreement until its decree of 25 February 2026.
 */
import { expect, test, type Page } from '@playwright/test';
import { INSIDE, renderedClassAt, waitForIdle, waitForMap } from './helpers';

/** Whether the map outlines a state as read otherwise (its feature state, as MapLibre holds it). */
async function outlined(page: Page, iso3: string): Promise<boolean> {
  return page.evaluate(
    (id) =>
      Boolean(
        window.__atlasMaps?.['map-main']?.getFeatureState({ source: 'countries', id })?.reading,
      ),
    iso3,
  );
}

test('a status that sources read differently is outlined, explained, and can be switched', async ({
  page,
}) => {
  await page.goto('/?layer=jads&year=2015');
  await waitForMap(page);
  const legend = page.locator('section.legend').first();
  const key = legend.locator('li[data-class="readings"]');
  await expect(key).toContainText('Read otherwise by another source');
  await expect(key).toContainText('Ukraine');
  await expect(key).not.toContainText('Russia');
  expect((await renderedClassAt(page, INSIDE.UKR!))?.cls).toBe('suspended');
  expect(await outlined(page, 'UKR')).toBe(true);
  expect(await outlined(page, 'RUS')).toBe(false);

  // The tooltip says so too.
  const box = (await page.getByTestId('map-main').boundingBox())!;
  const at = await page.evaluate(
    (p) => window.__atlasMaps!['map-main']!.project(p),
    INSIDE.UKR! as [number, number],
  );
  await page.mouse.move(box.x + at.x, box.y + at.y);
  await expect(page.locator('.map-tooltip')).toContainText(
    'Ukraine: a member of the CIS air defence with its participation suspended (2015); another source reads it otherwise',
  );

  // The switch: by treaty, Ukraine is a member; the title, the link and the key say so.
  const switcher = page.getByRole('group', { name: 'Read the record' });
  await expect(switcher.getByRole('radio', { name: /By participation/ })).toBeChecked();
  await switcher.getByRole('radio', { name: 'By treaty' }).check();
  await expect(page).toHaveURL(/reading=treaty/);
  await expect(
    page.getByRole('heading', { name: 'CIS air defence in 2015, by treaty' }),
  ).toBeVisible();
  await expect(page.getByTestId('reading-description')).toContainText(
    'Every party to the 1995 Almaty agreement that has not withdrawn counts as a member',
  );
  await waitForIdle(page);
  await expect.poll(async () => (await renderedClassAt(page, INSIDE.UKR!))?.cls).toBe('member');
  await expect(key).toContainText('Ukraine');

  // The keys move back to the record's reading.
  await switcher.getByRole('radio', { name: 'By treaty' }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(switcher.getByRole('radio', { name: /By participation/ })).toBeChecked();
  await expect(page).not.toHaveURL(/reading=/);
  await expect.poll(async () => (await renderedClassAt(page, INSIDE.UKR!))?.cls).toBe('suspended');
});

test('the panel gives each reading with its source, and the table marks the cell', async ({
  page,
}) => {
  await page.goto('/?layer=jads&year=2015&country=UKR');
  const panel = page.locator('.country-details');
  await expect(panel).toContainText('Almaty');
  await expect(panel).toContainText('suspended');
  await expect(panel).toContainText(/remained a party to the 1995 agreement/i);

  await page.goto('/?layer=jads&year=2015&view=table&reading=treaty');
  const row = page
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'Ukraine', exact: true }) });
  const cell = row.locator('td[data-org="jads"]');
  await expect(cell).toHaveAttribute('data-status', 'member');
  await expect(cell.getByText('sources differ')).toBeAttached();
  await expect(page.getByRole('table')).toContainText(
    'Membership of the post-Soviet states in 2015',
  );
});

test('a reading the layer does not have is refused with a notice', async ({ page }) => {
  await page.goto('/?layer=cis&reading=treaty');
  await expect(page.getByText(/The reading “treaty” is not one of cis's/)).toBeVisible();
  await expect(page.getByRole('group', { name: 'Read the record' })).toHaveCount(0);
  await page.goto('/?layer=csto&year=2025&reading=charter');
  await expect(page.getByRole('heading', { name: 'CSTO in 2025, by the Charter' })).toBeVisible();
});
