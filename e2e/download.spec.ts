/**
 * The map of the view as a figure to take away: the share menu saves it as SVG and as PNG at
 * twice its pixels, with the title, the legend's names and the year's colours. Expected colours
 * are the Okabe–Ito values of STATUS_STYLES written out; statuses come from the golden cells.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import type { Topology } from 'topojson-specification';
import { figureProjection } from '@/figure/svg-map';
import { decodeRegion } from '../geo/decode';
import { goldenStatus, waitForMap } from './helpers';

const COLOURS = { member: '#0072B2', 'non-member': '#E9E4D8' } as const;

async function download(page: Page, kind: 'PNG' | 'SVG'): Promise<{ name: string; body: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: `Download the map (${kind})` }).click(),
  ]);
  return { name: file.suggestedFilename(), body: readFileSync((await file.path())!) };
}

test('the map downloads as SVG with its title, the legend’s names and the year’s colours', async ({
  page,
}) => {
  for (const year of [2008, 2013]) {
    await page.goto(`/?layer=csto&year=${year}`);
    await waitForMap(page);
    await page.getByRole('button', { name: 'Share' }).click();
    const { name, body } = await download(page, 'SVG');
    expect(name).toBe(`cis-atlas-csto-in-${year}.svg`);
    const svg = body.toString('utf8');
    expect(svg).toContain(`>CSTO in ${year}</text>`);
    const status = goldenStatus('csto', 'UZB', year) as keyof typeof COLOURS;
    expect(svg).toContain(`data-iso3="UZB" fill="${COLOURS[status]}"`);
    if (year === 2008)
      for (const state of [
        'Armenia',
        'Belarus',
        'Kazakhstan',
        'Kyrgyzstan',
        'Russia',
        'Tajikistan',
      ])
        expect(svg).toContain(state);
    await expect(page.getByRole('status').filter({ hasText: 'Map saved as SVG.' })).toBeVisible();
  }
});

test('the map downloads as a PNG at twice the pixels, Uzbekistan in the member colour in 2008', async ({
  page,
  request,
}) => {
  await page.goto('/?layer=csto&year=2008');
  await waitForMap(page);
  await page.getByRole('button', { name: 'Share' }).click();
  const { name, body } = await download(page, 'PNG');
  expect(name).toBe('cis-atlas-csto-in-2008.png');
  const png = PNG.sync.read(body);
  expect([png.width, png.height]).toEqual([2400, 1260]);
  const topology = (await (
    await request.get('/generated/geo/region.topo.json')
  ).json()) as Topology;
  // Karakalpakstan, clear of borders and labels (as e2e/og-image.spec.ts), at twice the scale.
  const [x, y] = figureProjection(decodeRegion(topology))([59, 43.5])!.map((v) =>
    Math.round(v * 2),
  );
  const i = (png.width * y! + x!) * 4;
  const pixel = [...png.data.subarray(i, i + 3)];
  [0x00, 0x72, 0xb2].forEach((v, k) => expect(Math.abs(pixel[k]! - v), `${pixel}`).toBeLessThan(4));
});
