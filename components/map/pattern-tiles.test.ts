import { afterEach, describe, expect, it, vi } from 'vitest';
import { PATTERNS, drawPatternTile } from './pattern-tiles';

const INK = 'rgba(20, 20, 20, 0.55)';

/** A stand-in for the browser's canvas that writes down what is drawn on it. */
function recordingDocument(withContext = true): { calls: string[]; document: unknown } {
  const calls: string[] = [];
  const context = {
    set strokeStyle(v: string) {
      calls.push(`strokeStyle=${v}`);
    },
    set fillStyle(v: string) {
      calls.push(`fillStyle=${v}`);
    },
    set lineWidth(v: number) {
      calls.push(`lineWidth=${v}`);
    },
    scale: (x: number, y: number) => calls.push(`scale(${x},${y})`),
    beginPath: () => calls.push('beginPath()'),
    moveTo: (x: number, y: number) => calls.push(`moveTo(${x},${y})`),
    lineTo: (x: number, y: number) => calls.push(`lineTo(${x},${y})`),
    stroke: () => calls.push('stroke()'),
    arc: (x: number, y: number, r: number, start: number, end: number) =>
      calls.push(`arc(${x},${y},${r},${start},${end.toFixed(4)})`),
    fill: () => calls.push('fill()'),
    getImageData: (x: number, y: number, w: number, h: number) => {
      calls.push(`getImageData(${x},${y},${w},${h})`);
      return { width: w, height: h };
    },
  };
  const canvas = {
    set width(v: number) {
      calls.push(`width=${v}`);
    },
    set height(v: number) {
      calls.push(`height=${v}`);
    },
    getContext: (kind: string) => {
      calls.push(`getContext(${kind})`);
      return withContext ? context : null;
    },
  };
  const document = {
    createElement: (tag: string) => {
      calls.push(`createElement(${tag})`);
      return canvas;
    },
  };
  return { calls, document };
}

describe('PATTERNS', () => {
  it('lists one tile per pattern kind and the territory hatch, a cross, in the pattern ink', () => {
    expect(PATTERNS.size).toBe(8);
    expect(PATTERNS.ink).toBe(INK);
    expect(PATTERNS.tiles.map((t) => t.name)).toEqual([
      'pattern-diagonal',
      'pattern-antidiagonal',
      'pattern-dots',
      'pattern-horizontal',
      'pattern-vertical',
      'pattern-cross',
      'hatch-territory',
    ]);
    expect(PATTERNS.tiles.at(-1)?.shapes).toEqual({
      lines: [
        [0, 4, 8, 4],
        [4, 0, 4, 8],
      ],
      dots: [],
    });
    expect(PATTERNS.tiles[2]?.shapes.dots).toEqual([
      [2, 2],
      [6, 6],
    ]);
  });
});

describe('drawPatternTile', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('draws the lines of a tile in its ink on a canvas scaled to the pixel ratio', () => {
    const { calls, document } = recordingDocument();
    vi.stubGlobal('document', document);
    const cross = {
      lines: [
        [0, 4, 8, 4],
        [4, 0, 4, 8],
      ] as [number, number, number, number][],
      dots: [],
    };
    expect(drawPatternTile(cross, 8, 'red', 2)).toEqual({ width: 16, height: 16 });
    expect(calls).toEqual([
      'createElement(canvas)',
      'width=16',
      'height=16',
      'getContext(2d)',
      'scale(2,2)',
      'strokeStyle=red',
      'fillStyle=red',
      'lineWidth=1.5',
      'beginPath()',
      'moveTo(0,4)',
      'lineTo(8,4)',
      'stroke()',
      'beginPath()',
      'moveTo(4,0)',
      'lineTo(4,8)',
      'stroke()',
      'getImageData(0,0,16,16)',
    ]);
  });

  it('draws the dots of a tile as full circles, on a canvas rounded to whole pixels', () => {
    const { calls, document } = recordingDocument();
    vi.stubGlobal('document', document);
    const dots = {
      lines: [],
      dots: [
        [2, 2],
        [6, 6],
      ] as [number, number][],
    };
    expect(drawPatternTile(dots, 8, 'blue', 1.5)).toEqual({ width: 12, height: 12 });
    expect(drawPatternTile(dots, 8, 'blue', 1.3)).toEqual({ width: 10, height: 10 });
    expect(calls.slice(0, 15)).toEqual([
      'createElement(canvas)',
      'width=12',
      'height=12',
      'getContext(2d)',
      'scale(1.5,1.5)',
      'strokeStyle=blue',
      'fillStyle=blue',
      'lineWidth=1.5',
      'beginPath()',
      'arc(2,2,1.3,0,6.2832)',
      'fill()',
      'beginPath()',
      'arc(6,6,1.3,0,6.2832)',
      'fill()',
      'getImageData(0,0,12,12)',
    ]);
  });

  it('fails with a message when the browser gives no 2D canvas', () => {
    const { document } = recordingDocument(false);
    vi.stubGlobal('document', document);
    expect(() => drawPatternTile({ lines: [], dots: [] }, 8, 'red', 1)).toThrowError(
      'No 2D canvas for map patterns',
    );
  });
});
