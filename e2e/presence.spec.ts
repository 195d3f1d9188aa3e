/**
 * Russian military presence: points switched on over any layer, named on hover, listed by year
 * beside the map and in each state's panel. The names, places and dates are written here by hand
 * from the record's sources (docs/research/russian-military-presence.md).
 */
import { expect, test } from '@playwright/test';
import { waitForIdle, waitForMap } from './helpers';

/** The 102nd base at Gyumri, Armenia (treaty of 16 March 1995), and the Gabala radar, Azerbaijan. */
const GYUMRI: [number, number] = [43.84, 40.79];

test('switched on over the CSTO in 2008, the bases are named on hover, listed by year and kept in the link', async ({
  page,
}) => {
  await page.goto('/?layer=csto&year=2008');
  await waitForMap(page);
  await page.getByRole('checkbox', { name: 'Russian forces' }).check();
  await expect(page).toHaveURL(/presence=1/);
  const key = page.getByRole('region', { name: 'Russian forces in 2008' });
  await expect(key).toContainText('102nd Military Base, Gyumri (Armenia): since 16 Mar 1995');
  // Leased from Azerbaijan from 25 January 2002; Russia stopped using it on 10 December 2012.
  await expect(key).toContainText('Gabala (Qabala) radar station (Daryal) (Azerbaijan)');

  // Zoomed in on Armenia, the pointer over Gyumri names the base and the state beneath it.
  await page.evaluate(
    (at) => window.__atlasMaps!['map-main']!.jumpTo({ center: at, zoom: 6.5 }),
    GYUMRI,
  );
  await waitForIdle(page);
  const p = await page.evaluate((at) => window.__atlasMaps!['map-main']!.project(at), GYUMRI);
  const box = (await page.getByTestId('map-main').boundingBox())!;
  await page.mouse.move(box.x + p.x, box.y + p.y);
  await expect(page.getByRole('tooltip')).toContainText(
    /^Armenia: .*Russian forces: 102nd Military Base, Gyumri/,
  );

  // 2013: the radar is gone from the list; the base stays.
  await page.goto('/?layer=csto&year=2013&presence=1');
  await waitForMap(page);
  await expect(page.getByRole('checkbox', { name: 'Russian forces' })).toBeChecked();
  const key2013 = page.getByRole('region', { name: 'Russian forces in 2013' });
  await expect(key2013).toContainText('102nd Military Base, Gyumri');
  await expect(key2013).not.toContainText('Gabala');
});

test('a state’s panel lists its Russian presence with dates, legal basis and source', async ({
  page,
}) => {
  await page.goto('/?layer=cis&year=2010&country=AZE');
  await expect(page.getByRole('heading', { name: 'Russian military presence' })).toBeVisible();
  const gabala = page.locator('.presence-list > li', { hasText: 'Gabala' });
  await expect(gabala).toContainText('25 Jan 2002 to 9 Dec 2012');
  await expect(gabala).toContainText('(present in 2010)');
  await expect(gabala.locator('.legal-basis li').first()).toContainText('signed 25 January 2002');
});
