/**
 * The social preview image of a year's page: named by the page's og:image tag, served as a
 * 1200×630 PNG, and showing the year's map (Uzbekistan's colour changes when it leaves the CSTO).
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import { PNG } from 'pngjs';
import type { Topology } from 'topojson-specification';
import { decodeRegion } from '../geo/decode';
import { figureProjection } from '@/figure/svg-map';
import { currentYear, goldenStatus } from './helpers';

/** STATUS_STYLES's colours, written out: member (Okabe–Ito blue) and non-member. */
const COLOURS = { member: [0x00, 0x72, 0xb2], 'non-member': [0xe9, 0xe4, 0xd8] } as const;
/**
 * A point in Karakalpakstan (59° E, 43.5° N), well inside Uzbekistan and clear of its border and
 * of every label in the image (checked by looking at the rendered image).
 */
const IN_UZBEKISTAN: [number, number] = [59, 43.5];

/** The page's og:image and twitter:image, from its HTML. */
async function previewOf(request: APIRequestContext, path: string): Promise<URL> {
  const html = await (await request.get(path)).text();
  const og = html.match(/<meta property="og:image" content="([^"]+)"/)?.[1];
  const twitter = html.match(/<meta name="twitter:image" content="([^"]+)"/)?.[1];
  expect(html).toContain('<meta name="twitter:card" content="summary_large_image"/>');
  expect(og, `og:image of ${path}`).toBeTruthy();
  expect(twitter).toBe(og);
  return new URL(og!);
}

test.describe('the preview image of a shared link', () => {
  test('is a 1200×630 map whose Uzbekistan is a member in 2008 and not in 2013', async ({
    request,
  }) => {
    // The geometry the image was drawn from, projected as the image projects it.
    const topology = (await (
      await request.get('/generated/geo/region.topo.json')
    ).json()) as Topology;
    const [x, y] = figureProjection(decodeRegion(topology))(IN_UZBEKISTAN)!.map(Math.round);

    for (const year of [2008, 2013]) {
      const url = await previewOf(request, `/csto/${year}`);
      // The URL is absolute (metadataBase); its host is the build's SITE_URL, not this server.
      expect(url.protocol).toMatch(/^https?:$/);
      expect(url.pathname).toBe(`/generated/og/csto/${year}.png`);
      const response = await request.get(url.pathname);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('image/png');
      const png = PNG.sync.read(await response.body());
      expect([png.width, png.height]).toEqual([1200, 630]);

      const status = goldenStatus('csto', 'UZB', year);
      expect(status).toBe(year === 2008 ? 'member' : 'non-member');
      const i = (png.width * y! + x!) * 4;
      const pixel = [...png.data.subarray(i, i + 3)];
      const expected = COLOURS[status as keyof typeof COLOURS];
      pixel.forEach((v, k) =>
        expect(Math.abs(v - expected[k]!), `${year} ${pixel}`).toBeLessThan(3),
      );
    }
  });
});

test('the atlas’s own address previews the CIS in the current year', async ({ request }) => {
  const url = await previewOf(request, '/');
  expect(url.pathname).toBe(`/generated/og/cis/${currentYear}.png`);
  const png = PNG.sync.read(await (await request.get(url.pathname)).body());
  expect([png.width, png.height]).toEqual([1200, 630]);
});
