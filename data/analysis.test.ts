import { describe, expect, it } from 'vitest';
import { eventsInYear, nearestQuotes, quoteScore, rankQuotes, yearDistance } from './analysis';
import type { AtlasEvent, Quote } from './schema';

function quote(
  id: string,
  years: [number, number],
  countries: string[],
  orgs: Quote['orgs'] = [],
): Quote {
  return {
    id,
    document: 'doc',
    paragraph: 'p1',
    text: 'a verbatim passage of twenty characters',
    countries,
    orgs,
    years,
    topic: 'test',
  };
}
function event(id: string, date: string, countries: string[], endDate?: string): AtlasEvent {
  return {
    id,
    date,
    precision: 'day',
    endDate,
    kind: 'summit',
    title: 'A test event',
    description: 'An event made up for a test.',
    countries,
    orgs: [],
    source: { title: 'Test', citation: 'made up' },
  };
}

const georgiaLeaves = quote('georgia', [2008, 2009], ['GEO'], ['cis']);
const burabay = quote('burabay', [2015, 2015], ['KAZ', 'TKM'], ['cis', 'csto']);
const trade = quote('trade', [2024, 2024], ['RUS'], ['cis']);

describe('yearDistance', () => {
  it('is zero inside a period and counts years outside it', () => {
    expect(yearDistance(2009, [2008, 2009])).toBe(0);
    expect(yearDistance(2005, [2008, 2009])).toBe(3);
    expect(yearDistance(2012, [2008, 2009])).toBe(3);
  });
});

describe('rankQuotes', () => {
  it('a passage about another period is not relevant to a year', () => {
    expect(quoteScore(trade, { year: 2009, layer: 'cis', country: null })).toBe(0);
  });
  it('with a country selected, only passages about that country count, nearest in time first', () => {
    const ranked = rankQuotes([trade, burabay, georgiaLeaves], {
      year: 2015,
      layer: 'cis',
      country: 'KAZ',
    });
    expect(ranked.map((q) => q.id)).toEqual(['burabay']);
  });
  it('a passage about the layer ranks above one about another organisation', () => {
    const other = quote('other', [2015, 2015], ['KAZ'], ['eaeu']);
    expect(
      rankQuotes([other, burabay], { year: 2015, layer: 'csto', country: null }).map((q) => q.id),
    ).toEqual(['burabay', 'other']);
  });
  it('a passage one year off still counts, below one on the year', () => {
    expect(
      rankQuotes([georgiaLeaves, quote('y2010', [2010, 2010], [])], {
        year: 2010,
        layer: 'cis',
        country: null,
      }).map((q) => q.id),
    ).toEqual(['y2010', 'georgia']);
  });
  it('offers the nearest passages when none is relevant', () => {
    expect(nearestQuotes([trade, burabay, georgiaLeaves], 1995, 1).map((q) => q.id)).toEqual([
      'georgia',
    ]);
  });
});

describe('eventsInYear', () => {
  it('includes an event that lasts into the year', () => {
    const war = event('war', '2020-09-27', ['ARM', 'AZE'], '2021-01-02');
    expect(eventsInYear([war], 2021)).toHaveLength(1);
    expect(eventsInYear([war], 2022)).toHaveLength(0);
  });
  it('filters by country', () => {
    expect(eventsInYear([event('a', '2015-10-16', ['KAZ'])], 2015, 'RUS')).toHaveLength(0);
  });
});
