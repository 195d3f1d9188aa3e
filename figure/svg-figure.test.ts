/**
 * The social preview image as SVG, from the real records and geometry. The expected names and
 * colours are written out by hand: the names from the CSTO's membership in 2008, the statuses
 * from testing/golden-cells.ts, the colours from STATUS_STYLES as the legend shows them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { geoPath } from 'd3-geo';
import { atlasData, countries } from '@/data/atlas';
import { defaultState } from '@/data/url-state';
import type { OrgId } from '@/data/vocabulary';
import { buildRegionTopology } from '@/geo/build';
import { decodeRegion, type DecodedRegion } from '@/geo/decode';
import { atlasView } from '@/model';
import { BOUNDARY_NOTE, figureInputOf, figureSvg, wrap } from './svg-figure';
import { MAP_BOX, figureProjection, mapSvg } from './svg-map';

const TODAY = '2026-11-24';
/** Member and non-member, as STATUS_STYLES colours them (Okabe–Ito blue; the pale neutral). */
const MEMBER_BLUE = '#0072B2';
const NON_MEMBER = '#E9E4D8';

let region: DecodedRegion;
beforeAll(() => {
  region = decodeRegion(buildRegionTopology(countries).topology);
});

function svgFor(layer: OrgId, year: number): string {
  const view = atlasView({ ...defaultState(2026), layer, year }, atlasData(TODAY));
  return figureSvg(figureInputOf(view, region, `atlas.example/${layer}/${year}`));
}

/** The text of every `<text>` element, in order, joined by spaces. */
const textOf = (svg: string): string =>
  [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');

const fillOf = (svg: string, iso3: string): string | undefined =>
  svg.match(new RegExp(`<path data-iso3="${iso3}" fill="([^"]+)"`))?.[1];

describe('the preview image of a page', () => {
  it('names the seven CSTO members of 2008 in its legend, with the title, the rule and the link', () => {
    const text = textOf(svgFor('csto', 2008));
    expect(text).toContain(
      'Member 7 Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, Tajikistan, Uzbekistan',
    );
    expect(text).toContain('CSTO in 2008');
    expect(text).toContain('Status on 31 December 2008.');
    expect(text).toContain('atlas.example/csto/2008');
    expect(text).toContain(BOUNDARY_NOTE);
    expect(text).toMatch(/Sources \(\d+, each cited in the page's table\): /);
  });

  it('outlines and names the states another source reads otherwise (air defence, 2015: Ukraine)', () => {
    const svg = svgFor('jads', 2015);
    expect(svg).toContain('data-reading="UKR"');
    expect(svg).not.toContain('data-reading="RUS"');
    expect(textOf(svg)).toContain('Read otherwise by another source (dashed outline) 1 Ukraine');
  });

  it('fills Uzbekistan as a member in 2008 and as a non-member in 2013 (it left in 2012)', () => {
    expect(fillOf(svgFor('csto', 2008), 'UZB')).toBe(MEMBER_BLUE);
    expect(fillOf(svgFor('csto', 2013), 'UZB')).toBe(NON_MEMBER);
  });

  it('draws each of the fifteen states once with a fill, and labels every one', () => {
    const svg = svgFor('eaeu', 2015);
    const filled = [...svg.matchAll(/<path data-iso3="([A-Z]{3})"/g)].map((m) => m[1]);
    expect(filled.sort()).toEqual(
      countries
        .filter((c) => c.role === 'post-soviet')
        .map((c) => c.iso3)
        .sort(),
    );
    const text = textOf(svg);
    for (const label of ['Russia', 'Kazakhstan', 'Ukraine', 'Uzb.', 'Arm.', 'Est.', 'Mold.'])
      expect(text).toContain(label);
  });

  it('lays the pattern of a rarer status over its colour: Moldova withdrawing from the CIS in 2026', () => {
    const svg = svgFor('cis', 2026);
    expect(svg).toMatch(
      /<path data-iso3="MDA" fill="#D55E00" d="([^"]+)"\/>\s*<path fill="url\(#p-antidiagonal\)" stroke="none" pointer-events="none" d="\1"\/>/,
    );
    expect(svg).toContain('<pattern id="p-antidiagonal"');
    expect(textOf(svg)).toContain('Withdrawing');
  });

  it('hatches Crimea from 2014 on, and not before', () => {
    expect(svgFor('cis', 2013)).not.toContain('data-territory="crimea"');
    expect(svgFor('cis', 2015)).toContain('data-territory="crimea"');
  });
});

describe('the projection of the preview map', () => {
  it('draws Chukotka, stored past 180°, without a stripe across the map', () => {
    const d = geoPath(figureProjection(region)).digits(1)(
      region.countries.features.find((f) => f.properties.iso3 === 'RUS')!,
    )!;
    // Within each ring, no step between neighbouring points is longer than a fifth of the map.
    let longest = 0;
    for (const ring of d.split('M').filter(Boolean)) {
      const points = ring
        .replace(/Z$/, '')
        .split('L')
        .map((p) => p.split(',').map(Number));
      for (let i = 1; i < points.length; i++)
        longest = Math.max(
          longest,
          Math.hypot(points[i]![0]! - points[i - 1]![0]!, points[i]![1]! - points[i - 1]![1]!),
        );
    }
    expect(longest).toBeLessThan(MAP_BOX.width / 5);
  });

  it('puts Chukotka east of Moscow and inside the map', () => {
    const projection = figureProjection(region);
    const [mx, my] = projection([37.6, 55.75])!;
    const [cx, cy] = projection([-172, 66])!; // the Chukchi peninsula's Bering Strait end
    expect(cx).toBeGreaterThan(mx + MAP_BOX.width / 2);
    for (const [x, y] of [
      [mx, my],
      [cx, cy],
    ]) {
      expect(x).toBeGreaterThan(MAP_BOX.x);
      expect(x).toBeLessThan(MAP_BOX.x + MAP_BOX.width);
      expect(y).toBeGreaterThan(MAP_BOX.y);
      expect(y).toBeLessThan(MAP_BOX.y + MAP_BOX.height);
    }
  });
});

describe('wrap', () => {
  it.each([
    [['Armenia,', 'Belarus,', 'Russia'], 17, ['Armenia, Belarus,', 'Russia']],
    [['Armenia,', 'Belarus,', 'Russia'], 100, ['Armenia, Belarus, Russia']],
    [['Kyrgyzstan,', 'Uzbekistan'], 5, ['Kyrgyzstan,', 'Uzbekistan']],
    [[], 10, []],
  ])('sets %j in lines of %i characters, breaking only between names', (parts, max, lines) => {
    expect(wrap(parts, max)).toEqual(lines);
  });
});

describe('the map drawn without WebGL (the same renderer, interactive)', () => {
  it('makes each of the fifteen a named button with its class, and lets clicks through labels', () => {
    const view = atlasView({ ...defaultState(2026), layer: 'csto', year: 2008 }, atlasData(TODAY));
    const input = figureInputOf(view, region, '');
    const svg = mapSvg({ ...input, describe: (iso3) => `${iso3} <said> & "shown"` });
    expect(svg.match(/role="button"/g)).toHaveLength(15);
    expect(svg).toContain('data-iso3="UZB" data-class="member" fill="#0072B2"');
    expect(svg).toContain('aria-label="UZB &lt;said&gt; &amp; &quot;shown&quot;"');
    expect(svg).toContain('<title>UZB &lt;said&gt; &amp; &quot;shown&quot;</title>');
    expect(svg).toMatch(/<g font-size="13"[^>]*pointer-events="none">/);
    // The preview image has no buttons.
    expect(mapSvg(input)).not.toContain('role="button"');
  });
});
