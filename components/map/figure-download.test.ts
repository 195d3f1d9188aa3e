/** The name of a downloaded figure: readable, from the title, safe on every file system. */
import { describe, expect, it } from 'vitest';
import { figureFileName } from './figure-download';

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
