import { describe, expect, it } from 'vitest';
import { PATTERN_SIZE, patternShapes, patternSvg } from './patterns';

const INK = 'rgba(20, 20, 20, 0.55)';

describe('patternShapes', () => {
  it('draws every tile on an 8-pixel square', () => expect(PATTERN_SIZE).toBe(8));

  it.each([
    [
      'diagonal',
      [
        [0, 8, 8, 0],
        [-4, 4, 4, -4],
        [4, 12, 12, 4],
      ],
      [],
    ],
    [
      'antidiagonal',
      [
        [0, 0, 8, 8],
        [-4, 4, 4, 12],
        [4, -4, 12, 4],
      ],
      [],
    ],
    ['horizontal', [[0, 4, 8, 4]], []],
    ['vertical', [[4, 0, 4, 8]], []],
    [
      'cross',
      [
        [0, 4, 8, 4],
        [4, 0, 4, 8],
      ],
      [],
    ],
    [
      'dots',
      [],
      [
        [2, 2],
        [6, 6],
      ],
    ],
  ] as const)('the %s tile has the lines and dots drawn by hand', (kind, lines, dots) => {
    expect(patternShapes(kind)).toEqual({ lines, dots });
  });
});

describe('patternSvg', () => {
  it('writes each line of a tile as an SVG line in the pattern ink', () => {
    expect(patternSvg('cross')).toBe(
      `<line x1="0" y1="4" x2="8" y2="4" stroke="${INK}" stroke-width="1.5"/>` +
        `<line x1="4" y1="0" x2="4" y2="8" stroke="${INK}" stroke-width="1.5"/>`,
    );
  });
  it('writes each dot of a tile as an SVG circle in the pattern ink', () => {
    expect(patternSvg('dots')).toBe(
      `<circle cx="2" cy="2" r="1.3" fill="${INK}"/><circle cx="6" cy="6" r="1.3" fill="${INK}"/>`,
    );
  });
});
