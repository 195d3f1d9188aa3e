import { describe, expect, it } from 'vitest';
import { parseUrlState, type RawParams } from '@/data/url-state';
import { readLink, rawValues, rawParams, sameValues, loadRawValues } from './url-codec';

const known = {
  countries: new Set(['GEO', 'RUS', 'UKR', 'MDA', 'CHN']),
  orgs: ['cis', 'csto', 'eaeu'],
};

/** The query as Next hands it to a server page: repeated keys become arrays. */
function asServerParams(query: string): RawParams {
  const params: RawParams = {};
  for (const [k, v] of new URLSearchParams(query)) {
    const before = params[k];
    params[k] = before === undefined ? v : [...(Array.isArray(before) ? before : [before]), v];
  }
  return params;
}

const QUERIES = [
  '',
  'year=2009',
  'year=1991',
  'year=2026',
  'year=1990',
  'year=2027',
  'year=abc',
  'year=%202009%20',
  'year=2009&year=2010',
  'year=',
  'layer=csto',
  'layer=CSTO',
  'layer=Eaeu',
  'layer=%20csto%20',
  'layer=nato',
  'layer=',
  'layer=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  'view=table',
  'view=TABLE',
  'view=chart',
  'country=GEO',
  'country=geo',
  'country=XYZ',
  'country=JPN',
  'country=chn',
  'country=',
  'country=GEO&country=RUS',
  'compare=csto',
  'layer=csto&compare=csto',
  'layer=csto&compare=CIS',
  'compare=nato',
  'since=1995',
  'layer=csto&since=1995&year=2025',
  'since=1800',
  'compare=csto&since=1995',
  'split=1',
  'compare=eaeu&split=1',
  'compare=eaeu&split=TRUE',
  'since=2000&split=0',
  'since=2000&split=yes',
  'year=2015&layer=eaeu&view=table&country=rus&compare=cis&split=1',
  'year=2008+&layer=+cis',
  'unknown=1&year=2001',
];

describe('one URL codec for the server and the browser', () => {
  it(`has at least 40 queries to compare (${QUERIES.length})`, () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(40);
  });
  it.each(QUERIES)('"?%s" reads the same through nuqs as from the server’s params', (query) => {
    expect(readLink(query, 2026, known)).toEqual(parseUrlState(asServerParams(query), 2026, known));
  });
  it.each(QUERIES)('"?%s" is cleaned to a link that reads the same, without notices', (query) => {
    const { state } = readLink(query, 2026, known);
    const cleaned = rawValues(state, 2026);
    expect(parseUrlState(rawParams(cleaned), 2026, known)).toEqual({ state, notices: [] });
    expect(sameValues(loadRawValues(new URLSearchParams(toQuery(cleaned))), cleaned)).toBe(true);
  });
});

describe('what a link shows, written by hand', () => {
  const read = (q: string) => readLink(q, 2026, known);
  it('reads an organisation in any case and with spaces around it', () => {
    expect(read('layer=CSTO').state.layer).toBe('csto');
    expect(read('layer=Eaeu').state.layer).toBe('eaeu');
    expect(read('layer=%20csto%20').state.layer).toBe('csto');
    expect(read('layer=CSTO').notices).toEqual([]);
  });
  it('selects no country that the record does not have, and says so', () => {
    expect(read('country=XYZ').state.country).toBeNull();
    expect(read('country=XYZ').notices).toEqual([
      'The country “XYZ” is not one the atlas has a record for; no country is selected.',
    ]);
    expect(read('country=JPN').state.country).toBeNull();
    expect(read('country=geo').state.country).toBe('GEO');
  });
  it('takes the first of a repeated key', () => {
    expect(read('year=2009&year=2010').state.year).toBe(2009);
  });
  it('writes the cleaned link with lower-case values and no defaults', () => {
    expect(toQuery(rawValues(read('layer=CSTO&year=2026&country=geo').state, 2026))).toBe(
      'layer=csto&country=GEO',
    );
  });
});

function toQuery(values: Record<string, string | null>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(values)) if (v !== null) p.set(k, v);
  return p.toString();
}
