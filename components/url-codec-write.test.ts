/**
 * The browser's write path (urlStateCodec): what a change writes, and how often a year step goes
 * through text. The counts are of calls into data/url-state.ts, through spies that call through.
 */
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import * as urlState from '@/data/url-state';
import { loadRawValues, readLink, urlStateCodec, type RawValues } from './url-codec';

/**
 * What the links may name, written here: three states, three organisations, and a named reading
 * of the same name in two of them.
 */
const known = {
  countries: new Set(['GEO', 'RUS', 'UKR']),
  orgs: ['cis', 'csto', 'eaeu'],
  readings: new Map([
    ['csto', ['charter']],
    ['eaeu', ['charter']],
  ]),
};

const values = (query: string): RawValues => loadRawValues(query);

/** The query the values write, keys in the codec's order. */
function query(v: RawValues): string {
  const p = new URLSearchParams();
  for (const [k, x] of Object.entries(v)) if (x !== null) p.set(k, x);
  return p.toString();
}

describe('a year step goes through text once', () => {
  let parses: MockInstance<typeof urlState.parseUrlState>;
  let formats: MockInstance<typeof urlState.formatUrlState>;
  beforeEach(() => {
    parses = vi.spyOn(urlState, 'parseUrlState');
    formats = vi.spyOn(urlState, 'formatUrlState');
  });
  afterEach(() => vi.restoreAllMocks());

  it('opening a link parses it once and formats the state once (the clean link)', () => {
    const codec = urlStateCodec(2026, known);
    expect(query(codec.read(values('layer=CSTO&year=2008')).canonical)).toBe(
      'year=2008&layer=csto',
    );
    expect(parses).toHaveBeenCalledTimes(1);
    expect(formats).toHaveBeenCalledTimes(1);
  });

  it('a step over the values the page shows parses nothing and formats once', () => {
    const codec = urlStateCodec(2026, known);
    codec.read(values('year=2008&layer=csto'));
    parses.mockClear();
    formats.mockClear();
    // The URL as nuqs hands it back: other objects, the same values.
    const written = codec.write(values('year=2008&layer=csto'), { year: 2009 });
    expect(query(written)).toBe('year=2009&layer=csto');
    expect(parses).toHaveBeenCalledTimes(0);
    expect(formats).toHaveBeenCalledTimes(1);
    // The render that follows reads what was written without parsing or formatting it again.
    expect(codec.read(values('year=2009&layer=csto')).state).toMatchObject({
      year: 2009,
      layer: 'csto',
    });
    expect(parses).toHaveBeenCalledTimes(0);
    expect(formats).toHaveBeenCalledTimes(1);
  });

  it('ten steps in a row parse nothing and format ten times', () => {
    const codec = urlStateCodec(2026, known);
    let v = values('year=1995');
    codec.read(v);
    parses.mockClear();
    formats.mockClear();
    for (let year = 1996; year <= 2005; year++) {
      v = codec.write(v, { year });
      codec.read(v);
    }
    expect(query(v)).toBe('year=2005');
    expect(parses).toHaveBeenCalledTimes(0);
    expect(formats).toHaveBeenCalledTimes(10);
  });

  it('a step over values it has not seen (a URL changed from outside) parses them once', () => {
    const codec = urlStateCodec(2026, known);
    codec.read(values('year=2008'));
    parses.mockClear();
    formats.mockClear();
    expect(query(codec.write(values('year=2001&layer=eaeu'), { year: 2002 }))).toBe(
      'year=2002&layer=eaeu',
    );
    expect(parses).toHaveBeenCalledTimes(1);
    expect(formats).toHaveBeenCalledTimes(1);
  });
});

describe('what a change writes', () => {
  const write = (from: string, update: Partial<urlState.AtlasUrlState>, base = {}): string => {
    const codec = urlStateCodec(2026, known, base);
    return query(codec.write(values(from), update));
  };

  it('merges the change into what the URL shows', () => {
    expect(write('year=2008&layer=csto&country=GEO', { view: 'table' })).toBe(
      'year=2008&layer=csto&view=table&country=GEO',
    );
    expect(write('year=2008&country=GEO', { country: null })).toBe('year=2008');
  });
  it('starts another layer on the record’s own reading, unless the change names one', () => {
    expect(write('layer=csto&reading=charter', { layer: 'cis' })).toBe('');
    expect(write('layer=csto&reading=charter', { layer: 'eaeu' })).toBe('layer=eaeu');
    expect(write('layer=csto&reading=charter', { year: 2001 })).toBe(
      'year=2001&layer=csto&reading=charter',
    );
    expect(write('layer=cis', { layer: 'csto', reading: 'charter' })).toBe(
      'layer=csto&reading=charter',
    );
  });
  it('holds the rules between the fields', () => {
    expect(write('layer=csto&compare=eaeu&split=1', { layer: 'eaeu' })).toBe('layer=eaeu');
    expect(write('since=2000&split=1', { compare: 'csto' })).toBe('compare=csto&split=1');
    expect(write('since=2000&split=1', { since: null })).toBe('');
    expect(write('', { reading: 'charter' })).toBe('');
  });
  it('on a path page leaves out the layer and year its path says', () => {
    const base = { layer: 'csto', year: 2009 };
    expect(write('', { year: 2010 }, base)).toBe('year=2010');
    expect(write('year=2010', { year: 2009 }, base)).toBe('');
    expect(write('', { layer: 'cis' }, base)).toBe('layer=cis');
  });
  it.each([
    ['year=2008&layer=csto', { layer: 'cis' }],
    ['layer=csto&reading=charter', { year: 1999 }],
    ['compare=csto&split=1', { compare: 'eaeu' }],
    ['since=1995', { split: true, presence: true }],
    ['country=UKR', { view: 'table', controls: false }],
  ] as const)('what it writes over "?%s" reads back the same from the URL', (from, update) => {
    const codec = urlStateCodec(2026, known);
    const written = codec.write(values(from), update);
    expect(readLink(query(written), 2026, known)).toEqual({
      state: codec.read(written).state,
      notices: [],
    });
  });
});
