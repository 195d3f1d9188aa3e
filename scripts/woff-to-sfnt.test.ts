import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { woffToSfnt } from './woff-to-sfnt';

const require = createRequire(import.meta.url);
const files = join(dirname(require.resolve('@fontsource/noto-sans/package.json')), 'files');
const read = (name: string): Buffer => readFileSync(join(files, name));

/** The table directory of an sfnt: tag → [offset, length]. */
function tablesOf(font: Buffer): Map<string, [number, number]> {
  const n = font.readUInt16BE(4);
  return new Map(
    Array.from({ length: n }, (_, i) => {
      const at = 12 + i * 16;
      return [
        font.toString('latin1', at, at + 4),
        [font.readUInt32BE(at + 8), font.readUInt32BE(at + 12)],
      ];
    }),
  );
}

describe('woffToSfnt', () => {
  it('unpacks Noto Sans into a TrueType font whose tables are where the directory says', () => {
    const font = woffToSfnt(read('noto-sans-latin-400-normal.woff'));
    expect(font.readUInt32BE(0)).toBe(0x00010000); // TrueType outlines
    const tables = tablesOf(font);
    for (const tag of ['cmap', 'glyf', 'head', 'hmtx', 'name']) expect(tables.has(tag)).toBe(true);
    // The 'head' table's magic number (OpenType spec) proves it was inflated, not copied.
    const [head] = tables.get('head')!;
    expect(font.readUInt32BE(head + 12)).toBe(0x5f0f3cf5);
    // Every table starts on a four-byte boundary and ends inside the file.
    for (const [offset, length] of tables.values()) {
      expect(offset % 4).toBe(0);
      expect(offset + length).toBeLessThanOrEqual(font.length);
    }
  });

  it('refuses WOFF2, which it cannot read', () => {
    expect(() => woffToSfnt(read('noto-sans-latin-400-normal.woff2'))).toThrow(/not a WOFF 1.0/);
  });
});
