/**
 * The non-colour cues: one small tile per pattern, drawn on a canvas for the map and as SVG for
 * the legend, from the same description so that the two always agree.
 */
import {
  PATTERN_INK,
  PATTERN_KINDS,
  TERRITORY_HATCH,
  patternImageName,
  type PatternKind,
} from '@/components/map/map-style';

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

/** The pattern as SVG `<pattern>` content, for the legend's swatches. */
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

/**
 * Every image the map's style asks for, with what to draw in it, JSON-able so that the benchmark's
 * floor page (bench/floor-assets.ts) gets the same list: one per pattern kind, and the territory
 * hatch (a cross).
 */
export const PATTERNS: { size: number; ink: string; tiles: PatternTile[] } = {
  size: PATTERN_SIZE,
  ink: PATTERN_INK,
  tiles: [
    ...PATTERN_KINDS.map((kind) => ({ name: patternImageName(kind), shapes: patternShapes(kind) })),
    { name: TERRITORY_HATCH, shapes: patternShapes('cross') },
  ],
};

/**
 * One pattern tile as pixels for `map.addImage` (browser only: it needs a canvas). It uses nothing
 * but its arguments and the DOM, because the floor page runs this very function from its source
 * text (`drawPatternTile.toString()`, see bench/floor-assets.ts): keep it self-contained.
 */
export function drawPatternTile(
  shapes: PatternTile['shapes'],
  size: number,
  ink: string,
  ratio: number,
): ImageData {
  const pixels = Math.round(size * ratio);
  const canvas = document.createElement('canvas');
  canvas.width = pixels;
  canvas.height = pixels;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('No 2D canvas for map patterns');
  ctx.scale(ratio, ratio);
  ctx.strokeStyle = ink;
  ctx.fillStyle = ink;
  ctx.lineWidth = 1.5;
  for (const [x1, y1, x2, y2] of shapes.lines) {
    ctx.beginPath();
    ctx.moveTo(x1, y1);
    ctx.lineTo(x2, y2);
    ctx.stroke();
  }
  for (const [cx, cy] of shapes.dots) {
    ctx.beginPath();
    ctx.arc(cx, cy, 1.3, 0, Math.PI * 2);
    ctx.fill();
  }
  return ctx.getImageData(0, 0, pixels, pixels);
}
