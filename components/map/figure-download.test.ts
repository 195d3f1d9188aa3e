/** The name of a downloaded figure: readable, from the title, safe on every file system. */
import { describe, expect, it } from 'vitest';
import { atlasData, countries } from '@/data/atlas';
import { defaultState } from '@/data/url-state';
import { buildRegionTopology } from '@/geo/build';
import { decodeRegion } from '@/geo/decode';
import { atlasView } from '@/model';
import { figureFileName, viewFigureSvg } from './figure-download';

describe('the file name of a downloaded map', () => {
  it('is the title in lower case with hyphens', () => {
    expect(figureFileName('CSTO in 2008', 'png')).toBe('cis-atlas-csto-in-2008.png');
    expect(figureFileName('CIS and CSTO in 2015', 'svg')).toBe(
      'cis-atlas-cis-and-csto-in-2015.svg',
    );
  });
  it('drops accents and punctuation', () => {
    expect(figureFileName('CST in 2000 to CSTO in 2020 — “changes”', 'svg')).toBe(
      'cis-atlas-cst-in-2000-to-csto-in-2020-changes.svg',
    );
    expect(figureFileName('Türkiye?', 'png')).toBe('cis-atlas-turkiye.png');
  });
});

describe('the figure of a side-by-side view', () => {
  it('stacks the two maps’ figures, each with its title and the year’s colours', () => {
    const region = decodeRegion(buildRegionTopology(countries).topology);
    const view = atlasView(
      { ...defaultState(2026), layer: 'cis', compare: 'csto', split: true, year: 2012 },
      atlasData('2026-11-24'),
    );
    const svg = viewFigureSvg(view, region, 'atlas.example/?compare=csto&split=1&year=2012');
    expect(svg).toMatch(/^<svg [^>]*height="1260"/);
    expect(svg).toContain('<g transform="translate(0 630)">');
    expect(svg).toContain('>CIS in 2012</text>');
    expect(svg).toContain('>CSTO in 2012</text>');
    // Turkmenistan: a CIS associate since 2005 (Okabe–Ito green), never in the CSTO.
    const fills = [...svg.matchAll(/data-iso3="TKM" fill="([^"]+)"/g)].map((m) => m[1]);
    expect(fills).toEqual(['#009E73', '#E9E4D8']);
  });
});
