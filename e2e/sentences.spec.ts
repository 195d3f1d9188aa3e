/**
 * What the atlas says, read as a person reads it: the live region after keys and typed years, the
 * tooltip, the legend, a link with values in another case or not in the record, and Crimea's
 * overlay. Every expected sentence is written by hand from the record's sources.
 */
import { expect, test, type Page } from '@playwright/test';
import { pixelAt, waitForIdle, waitForMap } from './helpers';

const announcement = (page: Page) => page.getByTestId('announcement');
const slider = (page: Page) => page.getByRole('slider', { name: /year/i });

test.describe('the live region', () => {
  test('going back a year says what is shown again and when it changed later', async ({ page }) => {
    await page.goto('/?year=2009');
    await waitForMap(page);
    await slider(page).focus();
    await page.keyboard.press('ArrowLeft');
    await expect(announcement(page)).toHaveText(
      '2008: Georgia is again shown as withdrawing from the CIS; its withdrawal from the CIS took effect on 18 August 2009.',
    );
    await page.keyboard.press('ArrowRight');
    await expect(announcement(page)).toHaveText(
      "2009: Georgia's withdrawal from the CIS took effect (18 August 2009).",
    );
  });

  test('typing 2016 from 2026 reports no later change as a change of 2016', async ({ page }) => {
    await page.goto('/?year=2026');
    await waitForMap(page);
    await page.getByLabel('Go to year').fill('2016');
    await page.keyboard.press('Enter');
    await expect(announcement(page)).toHaveText(
      '2016: Ukraine is again shown as participating in the CIS without having ratified its charter; it ceased to participate in the CIS on 19 May 2018. Moldova is again shown as a member of the CIS; its government approved its withdrawal from the CIS on 11 March 2026.',
    );
  });

  test('stepping back through the CSTO names the body of each year', async ({ page }) => {
    await page.goto('/?layer=csto&year=2013');
    await waitForMap(page);
    await slider(page).focus();
    await page.keyboard.press('ArrowLeft');
    await expect(announcement(page)).toHaveText('2012: no change in the CSTO since 2013.');
    await page.keyboard.press('ArrowLeft');
    await expect(announcement(page)).toHaveText(
      '2011: Uzbekistan is again shown as a member of the CSTO; its participation in the CSTO was suspended on 28 June 2012 and it left the CSTO on 19 December 2012.',
    );
    await page.getByLabel('Go to year').fill('1993');
    await page.keyboard.press('Enter');
    await expect(announcement(page)).toContainText('1993: ');
    await page.getByLabel('Go to year').fill('1992');
    await page.keyboard.press('Enter');
    await expect(announcement(page)).toHaveText(
      '1992: Azerbaijan is again shown as outside the CST; it joined the CST on 24 September 1993. Georgia is again shown as outside the CST; it joined the CST on 9 December 1993. Belarus is again shown as outside the CST; it joined the CST on 31 December 1993.',
    );
    await expect(page.getByRole('heading', { name: 'CST in 1992' })).toBeVisible();
  });
});

test.describe('words on the map', () => {
  test('the tooltip reads as English and names the body of the year', async ({ page }) => {
    await page.goto('/?layer=csto&year=1995');
    await waitForMap(page);
    const at = await page.evaluate(
      () => window.__atlasMaps!['map-main']!.project([44.9, 40.4]), // Armenia, near Yerevan
    );
    const box = (await page.getByTestId('map-main').boundingBox())!;
    await page.mouse.move(box.x + at.x, box.y + at.y);
    await expect(page.getByRole('tooltip')).toHaveText('Armenia: a member of the CST (1995)');
  });

  test('a change view with the later year first reads from early to late', async ({ page }) => {
    await page.goto('/?layer=csto&year=2000&since=2020');
    await waitForMap(page);
    await expect(page.getByRole('heading', { name: 'CST in 2000 to CSTO in 2020' })).toBeVisible();
  });

  test("Crimea's hatched overlay is drawn from 2014, not before", async ({ page }) => {
    const crimeaState = () =>
      page.evaluate(() => {
        const map = window.__atlasMaps!['map-main']!;
        return map.getFeatureState({ source: 'territories', id: 'crimea' }).active === true;
      });
    await page.goto('/?year=2013#5/45.6/34.3');
    await waitForMap(page);
    expect(await crimeaState()).toBe(false);
    const steppe: [number, number] = [34.6, 45.55]; // north of Simferopol, clear of the marker
    const plain = await pixelAt(page, steppe, 'map-main', 6);
    await slider(page).focus();
    await page.keyboard.press('ArrowRight');
    await waitForIdle(page);
    expect(await crimeaState()).toBe(true);
    const hatched = await pixelAt(page, steppe, 'map-main', 6);
    // The hatch's dark lines darken the average of the square.
    expect(hatched.reduce((a, b) => a + b, 0)).toBeLessThan(plain.reduce((a, b) => a + b, 0) - 30);
    // The hatch is drawn: the peninsula's pixels now differ from plain Ukraine's colour.
    const rendered = await page.evaluate(() => {
      const map = window.__atlasMaps!['map-main']!;
      return map.queryRenderedFeatures(map.project([34.2, 45.3]), { layers: ['territory-fill'] })
        .length;
    });
    expect(rendered).toBe(1);
    await expect(page.getByRole('region', { name: 'CIS in 2014', exact: true })).toContainText(
      'Outside the recognised state',
    );
  });
});

test.describe('a link is read the same by the server and the browser', () => {
  for (const [query, radio] of [
    ['layer=CSTO&year=2008', 'CSTO'],
    ['layer=Eaeu&year=2008', 'EAEU'],
    ['layer=%20csto%20&year=2008', 'CSTO'],
  ] as const)
    test(`?${query} shows the ${radio} and cleans the address bar`, async ({ page }) => {
      await page.goto(`/?${query}`);
      await waitForMap(page);
      await expect(page.getByRole('radio', { name: radio, exact: true })).toBeChecked();
      await expect(page).toHaveURL(new RegExp(`\\?layer=${radio.toLowerCase()}&year=2008`));
    });

  test('a country not in the record gets a notice and no panel', async ({ page }) => {
    await page.goto('/?country=XYZ');
    await waitForMap(page);
    await expect(page.getByRole('status').filter({ hasText: 'XYZ' })).toContainText(
      'The country “XYZ” is not one the atlas has a record for; no country is selected.',
    );
    await expect(page.getByRole('region', { name: /XYZ/ })).toHaveCount(0);
    await expect(page).not.toHaveURL(/country=/);
  });
});

test.describe('the articles', () => {
  test('one title, author and date for each article, in the header and the reader', async ({
    page,
  }) => {
    await page.goto('/');
    const link = page.getByRole('link', { name: 'Wani (ORF, not before 12 December 2024)' });
    await expect(link).toBeVisible();
    await link.click();
    await expect(
      page.getByRole('heading', {
        level: 1,
        name: 'Russia pushes CIS towards collective security',
      }),
    ).toBeVisible();
    await expect(page.getByText('not before 12 December 2024').first()).toBeVisible();
  });
});

test.describe('a map view in the link', () => {
  test('out of range is clamped with a notice', async ({ page }) => {
    await page.goto('/?year=2010#4/45/1e20');
    await waitForMap(page);
    await expect(page.getByRole('status').filter({ hasText: 'map view' })).toContainText(
      'out of range',
    );
    await expect(page).toHaveURL(/#4\/45\/\d/);
    const center = await page.evaluate(() => window.__atlasMaps!['map-main']!.getCenter().lat);
    expect(center).toBeCloseTo(45, 0);
  });
});
