import { expect, test, type Page } from '@playwright/test';
import {
  near,
  pixelAt,
  renderedClassAt,
  waitForIdle,
  waitForMap,
  INSIDE,
  currentYear,
  goldenCellsOf,
  goldenStatus,
  shownStatus,
} from './helpers';

/** The map's member and non-member fills, written out by hand (Okabe–Ito blue; the pale sand). */
const COLOURS = { member: '#0072B2', 'non-member': '#E9E4D8' } as const;

async function slider(page: Page) {
  return page.getByRole('slider', { name: /year/i });
}

test.describe('the atlas map', () => {
  test('opens on the current year and draws every post-Soviet state as the historical record says', async ({
    page,
  }) => {
    await page.goto('/');
    await waitForMap(page);
    await expect(await slider(page)).toHaveValue(String(currentYear));
    for (const [iso, at] of Object.entries(INSIDE)) {
      const rendered = await renderedClassAt(page, at);
      expect(rendered?.iso3, `a point inside ${iso}`).toBe(iso);
      expect(rendered?.cls, `${iso} in the CIS today`).toBe(goldenStatus('cis', iso, currentYear));
    }
    await expect(
      page.getByRole('heading', { name: new RegExp(`CIS in ${currentYear}`) }),
    ).toBeVisible();
    // Chukotka, stored past 180° so that it joins the rest of Russia, is drawn as Russia when the
    // globe is turned to it (the opening view is on the fifteen states' west and south).
    await page.evaluate(() =>
      window.__atlasMaps!['map-main']!.jumpTo({ center: [150, 62], zoom: 2 }),
    );
    await waitForIdle(page);
    const inView = await page.evaluate(() => {
      const map = window.__atlasMaps!['map-main']!;
      const p = map.project([185, 66]);
      const c = map.getCanvas();
      return p.x >= 0 && p.x <= c.clientWidth && p.y >= 0 && p.y <= c.clientHeight;
    });
    expect(inView).toBe(true);
    expect((await renderedClassAt(page, [185, 66]))?.iso3).toBe('RUS');
  });

  test('keys on the slider move the year and recolour the map', async ({ page }) => {
    await page.goto('/?layer=cis&year=2007');
    await waitForMap(page);
    const range = await slider(page);
    await range.focus();
    await page.keyboard.press('ArrowRight');
    await expect(range).toHaveValue('2008');
    await expect(page).toHaveURL(/year=2008/);
    await waitForIdle(page);
    expect((await renderedClassAt(page, INSIDE.GEO!))?.cls).toBe(goldenStatus('cis', 'GEO', 2008));
    await page.keyboard.press('ArrowRight');
    await expect(range).toHaveValue('2009');
    await expect(page.getByTestId('announcement')).toContainText(
      "Georgia's withdrawal from the CIS took effect",
    );
    await waitForIdle(page);
    expect((await renderedClassAt(page, INSIDE.GEO!))?.cls).toBe(goldenStatus('cis', 'GEO', 2009));
    await page.keyboard.press('Home');
    await expect(range).toHaveValue('1991');
    await page.keyboard.press('End');
    await expect(range).toHaveValue(String(currentYear));
    await page.keyboard.press('PageDown');
    await expect(range).not.toHaveValue(String(currentYear));
  });

  test('dragging the slider changes the year and the colours in the rendered pixels', async ({
    page,
  }) => {
    // Zoomed in on Central Asia so that a sample of pixels falls well inside Uzbekistan.
    await page.goto('/?layer=csto&year=2008#4.5/41.5/63');
    await waitForMap(page);
    // Uzbekistan rejoined the CSTO in 2006 and left in 2012: compare the pixels.
    expect((await renderedClassAt(page, INSIDE.UZB!))?.iso3).toBe('UZB');
    const before = await pixelAt(page, INSIDE.UZB!);
    expect(
      near(before, COLOURS[goldenStatus('csto', 'UZB', 2008) as 'member']),
      `UZB 2008 pixel ${before}`,
    ).toBe(true);
    const range = await slider(page);
    const box = (await range.boundingBox())!;
    const xFor = (year: number) =>
      box.x + 8 + ((year - 1991) / (currentYear - 1991)) * (box.width - 16);
    await page.mouse.move(xFor(2008), box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(xFor(2011), box.y + box.height / 2, { steps: 4 });
    await page.mouse.move(xFor(2014), box.y + box.height / 2, { steps: 4 });
    await page.mouse.up();
    const year = Number(await range.inputValue());
    expect(year).toBeGreaterThanOrEqual(2013);
    await waitForIdle(page);
    const after = await pixelAt(page, INSIDE.UZB!);
    expect(
      near(after, COLOURS[goldenStatus('csto', 'UZB', year) as 'non-member']),
      `UZB ${year} pixel ${after}`,
    ).toBe(true);
  });

  test('the step buttons, a typed year and the layer switcher work', async ({ page }) => {
    await page.goto('/?year=2014');
    await waitForMap(page);
    await page.getByRole('button', { name: 'Next year' }).click();
    await expect(await slider(page)).toHaveValue('2015');
    await page.getByRole('button', { name: 'Previous year' }).click();
    await expect(await slider(page)).toHaveValue('2014');
    await page.getByLabel('Go to year').fill('1700');
    await page.getByRole('button', { name: 'Go' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Type a year' })).toHaveText(
      'Type a year from 1991 to ' + currentYear + '.',
    );
    await page.getByLabel('Go to year').fill('2015');
    await page.keyboard.press('Enter');
    await expect(await slider(page)).toHaveValue('2015');
    await page.getByRole('radio', { name: 'EAEU', exact: true }).check();
    await expect(page).toHaveURL(/layer=eaeu/);
    await waitForIdle(page);
    expect((await renderedClassAt(page, INSIDE.ARM!))?.cls).toBe(goldenStatus('eaeu', 'ARM', 2015));
    await expect(page.getByRole('heading', { name: /EAEU in 2015/ })).toBeVisible();
  });

  test('play advances the years and pause stops them', async ({ page }) => {
    await page.goto('/?year=2000');
    await waitForMap(page);
    await page.getByLabel('Speed').selectOption('5');
    await page.getByRole('button', { name: 'Play' }).click();
    await expect(await slider(page)).not.toHaveValue('2000');
    await page.getByRole('button', { name: 'Pause' }).click();
    const stopped = await (await slider(page)).inputValue();
    await page.waitForTimeout(600);
    await expect(await slider(page)).toHaveValue(stopped);
  });

  test('hovering a country shows its name and status', async ({ page }) => {
    await page.goto('/?layer=cis&year=2009');
    await waitForMap(page);
    const p = await page.evaluate(
      (at) => window.__atlasMaps!['map-main']!.project(at),
      INSIDE.KAZ!,
    );
    const box = (await page.getByTestId('map-main').boundingBox())!;
    await page.mouse.move(box.x + p.x, box.y + p.y);
    await expect(page.getByRole('tooltip')).toHaveText(
      new RegExp(`^Kazakhstan: (an? )?${goldenStatus('cis', 'KAZ', 2009)} of the CIS \\(2009\\)$`),
    );
  });

  test('the legend lists the statuses present and the dating rule', async ({ page }) => {
    await page.goto('/?layer=cis&year=2008');
    await waitForMap(page);
    const legend = page.getByRole('region', { name: 'CIS in 2008', exact: true });
    await expect(legend.locator('li[data-class="withdrawing"]')).toContainText('Withdrawing');
    await expect(legend).toContainText('Status on 31 December 2008');
  });
});

test.describe('the table view', () => {
  test('agrees with the historical record and with the map for the same year and layer', async ({
    page,
  }) => {
    for (const year of [1995, 2009, 2015, currentYear]) {
      await page.goto(`/?view=table&year=${year}`);
      const table = page.getByRole('table');
      const cells = goldenCellsOf(year);
      expect(cells.length, `golden cells for ${year}`).toBeGreaterThan(0);
      for (const c of cells) {
        const cell = table.locator(`tr[data-iso3="${c.iso3}"] td[data-org="${c.org}"]`);
        await expect(
          cell.locator('.status-word'),
          `${c.iso3} ${c.org} ${year}: ${c.why}`,
        ).toHaveText(shownStatus(c));
      }
    }
    await page.goto('/?view=table&year=2009');
    await page.getByRole('button', { name: 'Map', exact: true }).click();
    await waitForMap(page);
    expect((await renderedClassAt(page, INSIDE.GEO!))?.cls).toBe(goldenStatus('cis', 'GEO', 2009));
  });
});

test.describe('the link', () => {
  test('round-trips year, layer and view; Back returns to the previous choice, not year step', async ({
    page,
  }) => {
    await page.goto('/');
    await waitForMap(page);
    await page.getByRole('radio', { name: 'CSTO', exact: true }).check();
    await page.getByRole('button', { name: 'Previous year' }).click();
    await page.getByRole('button', { name: 'Previous year' }).click();
    await expect(page).toHaveURL(new RegExp(`year=${currentYear - 2}`));
    await expect(page).toHaveURL(/layer=csto/);
    await page.reload();
    await expect(await slider(page)).toHaveValue(String(currentYear - 2));
    await expect(page.getByRole('radio', { name: 'CSTO', exact: true })).toBeChecked();
    // Year steps replaced the history entry: Back goes to before the CSTO was chosen.
    await page.goBack();
    await expect(page.getByRole('radio', { name: 'CIS', exact: true })).toBeChecked();
    await expect(await slider(page)).toHaveValue(String(currentYear));
    await page.goForward();
    await expect(page.getByRole('radio', { name: 'CSTO', exact: true })).toBeChecked();
    await expect(await slider(page)).toHaveValue(String(currentYear - 2));
  });

  test('keeps the map view in the hash', async ({ page }) => {
    await page.goto('/?year=2010#4/45/60');
    await waitForMap(page);
    const zoom = await page.evaluate(() => window.__atlasMaps!['map-main']!.getZoom());
    expect(zoom).toBeCloseTo(4, 1);
    await page.getByRole('button', { name: 'Next year' }).click();
    await expect(page).toHaveURL(/year=2011.*#4\/45\/60/);
  });

  test('a nonsensical value falls back with a visible notice, never markup', async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', async (d) => {
      dialogs++;
      await d.dismiss();
    });
    await page.goto(
      `/?year=abc&layer=${encodeURIComponent('<img src=x onerror=alert(1)>')}&view=chart`,
    );
    const notices = page.getByRole('status').filter({ hasText: 'not a year' });
    await expect(notices).toContainText('The year “abc” is not a year from 1991');
    await expect(notices).toContainText('<img src=x onerror=alert(1)>');
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    await waitForMap(page);
    await expect(await slider(page)).toHaveValue(String(currentYear));
    await page.goto('/?year=1700');
    await expect(page.getByText('The year “1700” is not a year')).toBeVisible();
    expect(dialogs).toBe(0);
  });
});

test.describe('a self-contained page', () => {
  test('asks no other origin for anything and serves its own label font', async ({
    page,
    baseURL,
  }) => {
    const foreign: string[] = [];
    const fonts: string[] = [];
    page.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith(baseURL!) && !url.startsWith('data:') && !url.startsWith('blob:'))
        foreign.push(url);
      if (url.includes('/generated/fonts/')) fonts.push(url);
    });
    await page.goto('/?year=2020');
    await waitForMap(page);
    expect(foreign).toEqual([]);
    expect(fonts.length).toBeGreaterThan(0);
  });

  test('a browser without WebGL gets the map drawn as SVG, and the table', async ({ page }) => {
    await page.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      // @ts-expect-error -- narrowing the overloads is beside the point of this stub
      HTMLCanvasElement.prototype.getContext = function (
        this: HTMLCanvasElement,
        kind: string,
        ...rest: unknown[]
      ) {
        if (kind.startsWith('webgl')) return null;
        return original.call(this, kind, ...rest);
      };
    });
    await page.goto('/?year=2009');
    // No error: the same map as SVG (e2e/no-webgl.spec.ts checks its classes against the record).
    await expect(page.getByTestId('map-main')).toHaveAttribute('data-map-status', 'svg');
    await expect(page.getByRole('group', { name: /drawn without WebGL/ })).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: 'WebGL' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    await expect(page.getByRole('table')).toBeVisible();
  });
});
