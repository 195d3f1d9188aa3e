/**
 * Build step after prepare-assets (chained in `npm run build` and `build:static`): one social
 * preview image per organisation and year, the same set that app/[layer]/[year]/page.tsx
 * prerenders, at 1200×630 (where: `ogImage` in assets.ts). Each is the page's own view
 * model drawn by figure/svg-figure.ts and rasterised by resvg, with the geometry decoded
 * once and Noto Sans from @fontsource (WOFF unpacked to TTF in memory: resvg reads no WOFF).
 * `SITE_URL` (e.g. https://atlas.example.org) is printed as the link; without it, the path alone.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import type { Topology } from 'topojson-specification';
import { atlasData, organisations } from '../data/atlas';
import { FIRST_YEAR, todayUtc, yearOf } from '../data/day';
import { defaultState } from '../data/url-state';
import { decodeRegion } from '../geo/decode';
import { atlasView } from '@/model';
import { OG_SIZE, figureInputOf, figureSvg } from '@/figure/svg-figure';
import { woffToSfnt } from './woff-to-sfnt';
import { GEOMETRY, ogImage } from '@/assets';

const root = join(__dirname, '..');
const require = createRequire(__filename);
const fontDir = join(dirname(require.resolve('@fontsource/noto-sans/package.json')), 'files');
// resvg's typed options take font files by path: the unpacked fonts go to a temporary folder.
const fontTmp = mkdtempSync(join(tmpdir(), 'og-fonts-'));
const fontFiles = ['latin', 'latin-ext', 'cyrillic'].flatMap((subset) =>
  [400, 700].map((weight) => {
    const name = `noto-sans-${subset}-${weight}-normal`;
    const file = join(fontTmp, `${name}.ttf`);
    writeFileSync(file, woffToSfnt(readFileSync(join(fontDir, `${name}.woff`))));
    return file;
  }),
);

const started = Date.now();
const region = decodeRegion(
  JSON.parse(readFileSync(join(root, GEOMETRY.path), 'utf8')) as Topology,
);
const today = todayUtc();
const currentYear = yearOf(today);
const data = atlasData(today);
const site = (process.env.SITE_URL ?? '').replace(/\/+$/, '');
let count = 0;
for (const org of organisations) {
  for (let year = FIRST_YEAR; year <= currentYear; year++) {
    const view = atlasView({ ...defaultState(currentYear), layer: org.id, year }, data);
    const path = `/${org.id}/${year}`;
    const link = site ? `${site.replace(/^https?:\/\//, '')}${path}` : `CIS Atlas ${path}`;
    const svg = figureSvg(figureInputOf(view, region, link));
    const png = new Resvg(svg, {
      fitTo: { mode: 'width', value: OG_SIZE.width },
      font: { loadSystemFonts: false, fontFiles, defaultFontFamily: 'Noto Sans' },
    })
      .render()
      .asPng();
    const file = join(root, ogImage(org.id, year).path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, png);
    count++;
  }
}
rmSync(fontTmp, { recursive: true, force: true });
console.log(
  `og-images: ${count} preview images in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
