/**
 * The map's pattern images: one tile per pattern kind and the territory hatch, drawn on a canvas
 * from the shapes the legend draws as SVG (model/patterns.ts), so that the two always agree.
 */
import { PATTERN_INK, PATTERN_KINDS } from '@/model/palette';
import { PATTERN_SIZE, patternShapes, type PatternTile } from '@/model/patterns';
import { TERRITORY_HATCH, patternImageName } from './map-vocabulary';

/** Every image the map's style asks for, with what to draw in it: one per pattern kind, and the territory hatch (a cross). */
export const PATTERNS: { size: number; ink: string; tiles: PatternTile[] } = {
  size: PATTERN_SIZE,
  ink: PATTERN_INK,
  tiles: [
    ...PATTERN_KINDS.map((kind) => ({ name: patternImageName(kind), shapes: patternShapes(kind) })),
    { name: TERRITORY_HATCH, shapes: patternShapes('cross') },
  ],
};

/** One pattern tile as pixels for `map.addImage` (browser only: it needs a canvas). */
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
