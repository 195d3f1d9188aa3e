import { describe, expect, it } from 'vitest';
import { formatUrlState, parseUrlState, parseYearParam, type AtlasUrlState } from './url-state';

const known = new Set(['GEO', 'RUS', 'UKR']);
const parse = (query: string) =>
  parseUrlState(Object.fromEntries(new URLSearchParams(query)), 2026, known);

describe('parseYearParam', () => {
  it.each([
    ['2009', 2009],
    ['1991', 1991],
    ['2026', 2026],
    ['1990', null],
    ['1700', null],
    ['2027', null],
    ['abc', null],
    ['20 09', null],
    ['2009.5', null],
    ['', null],
  ])('%s is read as %s', (raw, expected) => expect(parseYearParam(raw, 2026)).toBe(expected));
});

describe('parseUrlState', () => {
  it('reads a full, valid state without notices', () => {
    expect(parse('year=2009&layer=csto&view=table&country=geo')).toEqual({
      state: {
        year: 2009,
        layer: 'csto',
        view: 'table',
        country: 'GEO',
        compare: null,
        since: null,
        split: false,
      },
      notices: [],
    });
  });
  it('falls back to the default year with a notice for year=abc', () => {
    const { state, notices } = parse('year=abc');
    expect(state.year).toBe(2026);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain('“abc”');
  });
  it('falls back to the CIS for an unknown layer', () => {
    const { state, notices } = parse('layer=nato');
    expect(state.layer).toBe('cis');
    expect(notices[0]).toMatch(/layer/);
  });
  it('keeps markup as text and shortens long values', () => {
    const { notices } = parse(
      `layer=${encodeURIComponent('<img src=x onerror=alert(1)>' + 'x'.repeat(100))}`,
    );
    expect(notices[0]).toContain('<img src=x onerror=alert(1)>');
    expect(notices[0]!.length).toBeLessThan(140);
  });
  it('refuses to compare an organisation with itself', () => {
    const { state, notices } = parse('layer=cis&compare=cis');
    expect(state.compare).toBeNull();
    expect(notices).toHaveLength(1);
  });
  it('needs a comparison before it splits the map', () => {
    expect(parse('split=1').state.split).toBe(false);
    expect(parse('layer=csto&since=1995&split=1').state).toMatchObject({
      since: 1995,
      split: true,
    });
  });
});

describe('formatUrlState', () => {
  it('round-trips every field through the query string', () => {
    const state: AtlasUrlState = {
      year: 2015,
      layer: 'eaeu',
      view: 'table',
      country: 'RUS',
      compare: 'cis',
      since: null,
      split: true,
    };
    expect(
      parseUrlState(Object.fromEntries(formatUrlState(state, 2026)), 2026, known).state,
    ).toEqual(state);
  });
  it('leaves defaults out of the link', () => {
    expect(
      formatUrlState(
        {
          year: 2026,
          layer: 'cis',
          view: 'map',
          country: null,
          compare: null,
          since: null,
          split: false,
        },
        2026,
      ).toString(),
    ).toBe('');
  });
});
