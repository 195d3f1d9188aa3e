/**
 * The non-colour cues: one small tile per pattern, described once as lines and dots and drawn from
 * that description as SVG (the figures here, the legend in components/legend.tsx) and on a canvas
 * for the map (components/map/pattern-tiles.ts), so that they always agree.
 */
import { PATTERN_INK, type PatternKind } from './palette';

export const PATTERN_SIZE = 8;

/** Line segments and dots of a pattern tile, in tile pixels. */
export function patternShapes(kind: PatternKind): {
  lines: [number, number, number, number][];
  dots: [number, number][];
} {
  const s = PATTERN_SIZE;
  switch (kind) {
    case 'diagonal':
      return {
        lines: [
          [0, s, s, 0],
          [-s / 2, s / 2, s / 2, -s / 2],
          [s / 2, s * 1.5, s * 1.5, s / 2],
        ],
        dots: [],
      };
    case 'antidiagonal':
      return {
        lines: [
          [0, 0, s, s],
          [-s / 2, s / 2, s / 2, s * 1.5],
          [s / 2, -s / 2, s * 1.5, s / 2],
        ],
        dots: [],
      };
    case 'horizontal':
      return { lines: [[0, s / 2, s, s / 2]], dots: [] };
    case 'vertical':
      return { lines: [[s / 2, 0, s / 2, s]], dots: [] };
    case 'cross':
      return {
        lines: [
          [0, s / 2, s, s / 2],
          [s / 2, 0, s / 2, s],
        ],
        dots: [],
      };
    case 'dots':
      return {
        lines: [],
        dots: [
          [s / 4, s / 4],
          [(3 * s) / 4, (3 * s) / 4],
        ],
      };
  }
}

/** The pattern as SVG `<pattern>` content, for the figures (figure/svg-map.ts). */
export function patternSvg(kind: PatternKind): string {
  const { lines, dots } = patternShapes(kind);
  return [
    ...lines.map(
      ([x1, y1, x2, y2]) =>
        `<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="${PATTERN_INK}" stroke-width="1.5"/>`,
    ),
    ...dots.map(([cx, cy]) => `<circle cx="${cx}" cy="${cy}" r="1.3" fill="${PATTERN_INK}"/>`),
  ].join('');
}

/** A pattern tile as the map draws it: its image name and its shapes. */
export interface PatternTile {
  name: string;
  shapes: ReturnType<typeof patternShapes>;
}
