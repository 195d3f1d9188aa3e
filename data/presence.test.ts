/** Expectations written by hand from the record's sources (docs/research/russian-military-presence.md). */
import { describe, expect, it } from 'vitest';
import { presence } from './atlas';
import { presenceDates, presentInYear } from './presence';

const point = (id: string) => {
  const p = presence.find((x) => x.id === id);
  if (!p) throw new Error(`no presence point ${id}`);
  return p;
};
const TODAY = '2026-11-24';

describe('a presence point in a year', () => {
  it('shows the Gabala radar until 2012, the year Russia stopped using it (10 Dec 2012)', () => {
    const gabala = point('gabala-radar-station');
    expect(presentInYear(gabala, 2001, TODAY)).toBe(false);
    expect(presentInYear(gabala, 2002, TODAY)).toBe(true);
    expect(presentInYear(gabala, 2012, TODAY)).toBe(true);
    expect(presentInYear(gabala, 2013, TODAY)).toBe(false);
  });
  it('shows the CSTO deployment in Kazakhstan in 2022 only, though it lasted two weeks', () => {
    const csto = point('csto-deployment-kazakhstan-2022');
    expect([2021, 2022, 2023].map((y) => presentInYear(csto, y, TODAY))).toEqual([
      false,
      true,
      false,
    ]);
  });
  it('shows the 201st base in Tajikistan from 2004 to today', () => {
    const base = point('201st-military-base-tajikistan');
    expect(presentInYear(base, 2003, TODAY)).toBe(false);
    expect(presentInYear(base, 2004, TODAY)).toBe(true);
    expect(presentInYear(base, 2026, TODAY)).toBe(true);
  });
  it('writes the dates with the last day, not the first day without it', () => {
    expect(presenceDates(point('gabala-radar-station'))).toBe('25 Jan 2002 to 9 Dec 2012');
    expect(presenceDates(point('102nd-military-base-gyumri'))).toBe('since 16 Mar 1995');
  });
});
