import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LAYER,
  VIEWS,
  defaultState,
  formatUrlState,
  normaliseUrlState,
  parseCountryParam,
  parseFlagParam,
  parseOrgParam,
  parseUrlState,
  parseViewParam,
  parseYearParam,
  quoteRaw,
  type AtlasUrlState,
} from './url-state';

/** What the links may name, written here: three states and the record's organisations. */
const known = {
  countries: new Set(['GEO', 'RUS', 'UKR']),
  orgs: ['cis', 'csto', 'eaeu'],
  readings: new Map([['csto', ['charter']]]),
};
const orgs = known.orgs;
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
  it('reads presence=1 as the presence points on, and refuses another value with a notice', () => {
    expect(parse('presence=1').state.presence).toBe(true);
    expect(parse('presence=0').state.presence).toBe(false);
    expect(parse('presence=maybe')).toEqual({
      state: defaultState(2026),
      notices: [
        'The value “maybe” for presence is not 1 or 0; Russian military presence is not shown.',
      ],
    });
  });
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
        presence: false,
        reading: null,
        controls: true,
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
      presence: false,
      reading: null,
      controls: true,
    });
  });
});

describe('normaliseUrlState', () => {
  /** A state of the CSTO in 2009 with the given fields, written out. */
  const csto = (fields: Partial<AtlasUrlState>): AtlasUrlState => ({
    year: 2009,
    layer: 'csto',
    view: 'map',
    country: null,
    compare: null,
    since: null,
    split: false,
    presence: false,
    reading: null,
    controls: true,
    ...fields,
  });

  it('keeps a state whose fields agree as it is', () => {
    const state = csto({ country: 'GEO', compare: 'eaeu', split: true, reading: 'charter' });
    expect(normaliseUrlState(state, known)).toEqual({
      year: 2009,
      layer: 'csto',
      view: 'map',
      country: 'GEO',
      compare: 'eaeu',
      since: null,
      split: true,
      presence: false,
      reading: 'charter',
      controls: true,
    });
  });
  it('drops a comparison of the layer with itself, and with an organisation not in the record', () => {
    expect(normaliseUrlState(csto({ compare: 'csto' }), known).compare).toBeNull();
    expect(normaliseUrlState(csto({ compare: 'nato' }), known).compare).toBeNull();
  });
  it('drops the year to compare with when an organisation is compared: the organisations win', () => {
    expect(normaliseUrlState(csto({ compare: 'cis', since: 2000 }), known)).toMatchObject({
      compare: 'cis',
      since: null,
    });
  });
  it('keeps the year to compare with when the comparison it lost to is dropped', () => {
    expect(normaliseUrlState(csto({ compare: 'csto', since: 2000 }), known)).toMatchObject({
      compare: null,
      since: 2000,
    });
  });
  it('shows two maps side by side only with a second organisation or year', () => {
    expect(normaliseUrlState(csto({ split: true }), known).split).toBe(false);
    expect(normaliseUrlState(csto({ since: 1995, split: true }), known).split).toBe(true);
    expect(normaliseUrlState(csto({ compare: 'csto', split: true }), known).split).toBe(false);
  });
  it('drops a country the record has no state for', () => {
    expect(normaliseUrlState(csto({ country: 'JPN' }), known).country).toBeNull();
    expect(normaliseUrlState(csto({ country: 'UKR' }), known).country).toBe('UKR');
  });
  it('keeps a named reading only in the layer that has it', () => {
    expect(normaliseUrlState(csto({ reading: 'charter' }), known).reading).toBe('charter');
    expect(normaliseUrlState(csto({ layer: 'cis', reading: 'charter' }), known).reading).toBeNull();
    expect(normaliseUrlState(csto({ reading: 'treaty' }), known).reading).toBeNull();
    const { readings: _, ...noReadings } = known;
    expect(normaliseUrlState(csto({ reading: 'charter' }), noReadings).reading).toBeNull();
  });
  it('takes the year, the layer, the view and the switches as they are', () => {
    const state = csto({
      year: 1995,
      layer: 'eaeu',
      view: 'table',
      presence: true,
      controls: false,
    });
    expect(normaliseUrlState(state, known)).toEqual(state);
  });
  it('changes nothing the second time', () => {
    const once = normaliseUrlState(
      csto({ compare: 'csto', since: 2000, split: true, country: 'JPN', reading: 'x' }),
      known,
    );
    expect(once).toMatchObject({ compare: null, since: 2000, split: true, country: null });
    expect(normaliseUrlState(once, known)).toEqual(once);
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
      presence: true,
      reading: null,
      controls: true,
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
          presence: false,
          reading: null,
          controls: true,
        },
        2026,
      ).toString(),
    ).toBe('');
  });
});

describe('the single parameters', () => {
  it('read a year with spaces around it', () => {
    expect(parseYearParam(' 2009 ', 2026)).toBe(2009);
  });
  it('read an organisation in any case and with spaces around it', () => {
    expect(parseOrgParam(' CSTO ', orgs)).toBe('csto');
    expect(parseOrgParam('Eaeu', orgs)).toBe('eaeu');
    expect(parseOrgParam('nato', orgs)).toBeNull();
  });
  it('read a switch as 1/true or 0/false, in any case, and nothing else', () => {
    expect([' 1 ', 'TRUE', '0', 'False'].map(parseFlagParam)).toEqual([true, true, false, false]);
    expect(['yes', '2', 'on', ''].map(parseFlagParam)).toEqual([null, null, null, null]);
  });
  it('read a view in any case and with spaces around it', () => {
    expect(parseViewParam(' TABLE ')).toBe('table');
    expect(parseViewParam('Map')).toBe('map');
    expect(parseViewParam('globe')).toBeNull();
  });
  it('read a country code in any case, only among the known ones', () => {
    expect(parseCountryParam(' geo ', known.countries)).toBe('GEO');
    expect(parseCountryParam('XYZ', known.countries)).toBeNull();
  });
});

describe('quoteRaw', () => {
  it('puts a value in quotation marks', () => {
    expect(quoteRaw('nato')).toBe('“nato”');
  });
  it('turns control characters into spaces', () => {
    expect(quoteRaw('a\nb\u0000c\u007fd\te')).toBe('“a b c d e”');
  });
  it('keeps 40 characters whole and cuts a longer value at 40 with an ellipsis', () => {
    const forty = 'x'.repeat(40);
    expect(quoteRaw(forty)).toBe(`“${forty}”`);
    expect(quoteRaw(`${forty}yz`)).toBe(`“${forty}…”`);
  });
});

describe('the notices', () => {
  it.each([
    ['year=abc', 'The year “abc” is not a year from 1991 to 2026; showing 2026.'],
    ['layer=nato', 'The layer “nato” is not one of cis, csto, eaeu; showing cis.'],
    ['view=globe', 'The view “globe” is not one of map, table; showing the map.'],
    [
      'country=XYZ',
      'The country “XYZ” is not one the atlas has a record for; no country is selected.',
    ],
    [
      'layer=csto&compare=nato',
      'The comparison “nato” is not another organisation; showing csto alone.',
    ],
    [
      'since=1700',
      'The year to compare with, “1700”, is not a year from 1991 to 2026; no change view.',
    ],
    [
      'compare=csto&since=2000',
      'A comparison of two organisations and of two years cannot be shown at once; showing the organisations.',
    ],
    [
      'split=true',
      'Side by side needs a second organisation (compare=) or year (since=); showing one map.',
    ],
    ['compare=csto&split=maybe', 'The value “maybe” for split is not 1 or 0; showing one map.'],
  ])('%s says exactly one sentence', (query, notice) => {
    expect(parse(query).notices).toEqual([notice]);
  });

  it('says one sentence per parameter, in the order of the state, the rules between them included', () => {
    expect(
      parse('reading=x&presence=maybe&split=1&compare=CSTO&layer=csto&year=abc&controls=no')
        .notices,
    ).toEqual([
      'The year “abc” is not a year from 1991 to 2026; showing 2026.',
      'The comparison “CSTO” is not another organisation; showing csto alone.',
      'Side by side needs a second organisation (compare=) or year (since=); showing one map.',
      'The value “maybe” for presence is not 1 or 0; Russian military presence is not shown.',
      "The reading “x” is not one of csto's (charter); showing the record's own.",
      'The value “no” for controls is not 1 or 0; showing the organisations and the year slider.',
    ]);
  });

  it('an empty country, comparison, year to compare with or split is no value and no notice', () => {
    expect(parse('country=&compare=&since=&split=')).toEqual({
      state: {
        year: 2026,
        layer: 'cis',
        view: 'map',
        country: null,
        compare: null,
        since: null,
        split: false,
        presence: false,
        reading: null,
        controls: true,
      },
      notices: [],
    });
  });
});

describe('the comparison parameters', () => {
  it('read a second organisation', () => {
    expect(parse('layer=csto&compare=EAEU').state).toMatchObject({
      layer: 'csto',
      compare: 'eaeu',
    });
  });
  it('read a year to compare with', () => {
    expect(parse('since=1995').state.since).toBe(1995);
  });
  it('show the organisations, not the years, when both are asked for', () => {
    expect(parse('compare=csto&since=2000').state).toMatchObject({ compare: 'csto', since: null });
  });
  it.each([
    ['compare=csto&split=1', true],
    ['compare=csto&split=TRUE', true],
    ['compare=csto&split= true ', true],
    ['compare=csto&split=0', false],
    ['compare=csto&split=false', false],
  ])('%s splits the map: %s', (query, split) => {
    const { state, notices } = parse(query);
    expect(state.split).toBe(split);
    expect(notices).toEqual([]);
  });
  it('read the first of a repeated parameter', () => {
    expect(
      parseUrlState({ year: ['2001', '2002'], layer: ['eaeu', 'cis'] }, 2026, known).state,
    ).toMatchObject({ year: 2001, layer: 'eaeu' });
  });
});

describe('formatUrlState, field by field', () => {
  const base: AtlasUrlState = {
    year: 2026,
    layer: 'cis',
    view: 'map',
    country: null,
    compare: null,
    since: null,
    split: false,
    presence: false,
    reading: null,
    controls: true,
  };
  it.each([
    [{ year: 2009 }, 'year=2009'],
    [{ layer: 'csto' }, 'layer=csto'],
    [{ view: 'table' }, 'view=table'],
    [{ country: 'GEO' }, 'country=GEO'],
    [{ compare: 'eaeu' }, 'compare=eaeu'],
    [{ since: 1995 }, 'since=1995'],
    [{ split: true }, 'split=1'],
    [{ presence: true }, 'presence=1'],
  ] as [Partial<AtlasUrlState>, string][])('writes %o as %s', (change, query) => {
    expect(formatUrlState({ ...base, ...change }, 2026).toString()).toBe(query);
  });
  it('writes the fields in a fixed order', () => {
    expect(
      formatUrlState(
        {
          year: 2015,
          layer: 'csto',
          view: 'table',
          country: 'RUS',
          compare: 'eaeu',
          since: 2010,
          split: true,
          presence: false,
          reading: null,
          controls: true,
        },
        2026,
      ).toString(),
    ).toBe('year=2015&layer=csto&view=table&country=RUS&compare=eaeu&since=2010&split=1');
  });
  it('the defaults are the current year, the CIS and the map, nothing selected', () => {
    expect(defaultState(2030)).toEqual({ ...base, year: 2030 });
    expect(DEFAULT_LAYER).toBe('cis');
    expect(VIEWS).toEqual(['map', 'table']);
  });
});

describe('reading=', () => {
  it('takes one of the layer’s named readings, in any case, and writes it back', () => {
    const { state, notices } = parse('layer=csto&reading= Charter ');
    expect(state.reading).toBe('charter');
    expect(notices).toEqual([]);
    expect(formatUrlState(state, 2026).toString()).toBe('layer=csto&reading=charter');
  });
  it('refuses a reading the layer does not have, with a notice, and shows the record’s own', () => {
    expect(parse('layer=csto&reading=treaty')).toEqual({
      state: expect.objectContaining({ layer: 'csto', reading: null }),
      notices: ["The reading “treaty” is not one of csto's (charter); showing the record's own."],
    });
    expect(parse('reading=<b>x</b>').notices).toEqual([
      "The reading “<b>x</b>” is not one of cis's: it has only the record's own; showing that.",
    ]);
  });
  it('is left out of a link by default', () => {
    expect(parse('layer=csto').state.reading).toBeNull();
    expect(parse('layer=csto&reading=').notices).toEqual([]);
  });
});

describe('controls= (the embed view without its switcher and slider)', () => {
  it('is on by default and off for 0 or false, in any case and with spaces', () => {
    expect(parse('layer=csto').state.controls).toBe(true);
    expect(parse('controls=0').state.controls).toBe(false);
    expect(parse('controls= FALSE ').state.controls).toBe(false);
    expect(parse('controls=1').state.controls).toBe(true);
    expect(parse('controls=0').notices).toEqual([]);
  });
  it('keeps the controls with a notice for a value that is not a switch', () => {
    const { state, notices } = parse('controls=none');
    expect(state.controls).toBe(true);
    expect(notices).toEqual([
      'The value “none” for controls is not 1 or 0; showing the organisations and the year slider.',
    ]);
  });
  it('is written only when off', () => {
    expect(formatUrlState({ ...defaultState(2026), controls: false }, 2026).toString()).toBe(
      'controls=0',
    );
    expect(formatUrlState(defaultState(2026), 2026).toString()).toBe('');
  });
});
