/** The legend's swatches: each pattern under an id of its own, drawn with the figures' tile. */
import { createElement, Fragment } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PATTERN_KINDS, type ClassStyle } from '@/model/palette';
import { patternSvg } from '@/model/patterns';
import { Swatch } from './legend';

type SwatchStyle = Pick<ClassStyle, 'color' | 'pattern'>;

function render(...styles: SwatchStyle[]): string {
  return renderToStaticMarkup(
    createElement(
      Fragment,
      null,
      styles.map((style, i) => createElement(Swatch, { key: i, style })),
    ),
  );
}

describe('Swatch', () => {
  it('gives two swatches of the same pattern two ids, each filled from its own pattern', () => {
    const html = render(
      { color: '#e69f00', pattern: 'diagonal' },
      { color: '#e69f00', pattern: 'diagonal' },
    );
    const ids = [...html.matchAll(/<pattern id="([^"]+)"/g)].map((m) => m[1]);
    const fills = [...html.matchAll(/fill="url\(#([^)]+)\)"/g)].map((m) => m[1]);
    expect(ids).toHaveLength(2);
    expect(ids[0]).not.toBe(ids[1]);
    expect(fills).toEqual(ids);
  });

  it('draws a class without a pattern as its colour alone', () => {
    const html = render({ color: '#0072b2' });
    expect(html).not.toContain('<pattern');
    expect(html.match(/<rect [^>]*>/g)).toEqual([
      '<rect x="0.5" y="0.5" width="21" height="15" fill="#0072b2" stroke="#555">',
    ]);
  });

  it.each(PATTERN_KINDS)('draws the %s tile as the figures do', (kind) => {
    const tile = /<pattern [^>]*>(.*)<\/pattern>/.exec(render({ color: '#fff', pattern: kind }));
    // React closes an SVG element with an end tag; the figures' markup closes it in the start tag.
    expect(tile?.[1]?.replace(/<(\w+)([^>]*)><\/\1>/g, '<$1$2/>')).toBe(patternSvg(kind));
  });
});
