import { describe, expect, it } from 'vitest';
import { URL_KEYS, rawParams, sameValues, type RawValues } from './url-codec';

const none: RawValues = {
  presence: null,
  year: null,
  layer: null,
  view: null,
  country: null,
  compare: null,
  since: null,
  split: null,
  reading: null,
  controls: null,
};

describe('sameValues', () => {
  it('is true for values that write the same link', () => {
    expect(sameValues({ ...none, year: '2009' }, { ...none, year: '2009' })).toBe(true);
    expect(sameValues(none, { ...none })).toBe(true);
  });
  it('is false when any one key differs, whichever it is', () => {
    for (const key of Object.keys(URL_KEYS) as (keyof RawValues)[])
      expect(sameValues(none, { ...none, [key]: '1' }), key).toBe(false);
  });
  it('is false when only one of several keys differs', () => {
    const a = { ...none, year: '2009', layer: 'csto' };
    expect(sameValues(a, { ...a, layer: 'eaeu' })).toBe(false);
  });
  it('takes a missing key for an absent one', () => {
    const { year: _year, ...withoutYear } = none;
    expect(sameValues(withoutYear as RawValues, none)).toBe(true);
  });
});

describe('rawParams', () => {
  it('gives a missing value as undefined and keeps the others', () => {
    expect(rawParams({ ...none, year: '2009' })).toEqual({
      year: '2009',
      layer: undefined,
      view: undefined,
      country: undefined,
      compare: undefined,
      since: undefined,
      split: undefined,
    });
  });
});
