import { describe, expect, it } from 'vitest';
import {
  claimsAbout,
  eventYears,
  eventsAbout,
  eventsInYear,
  nearestQuotes,
  quoteScore,
  quoteYear,
  rankQuotes,
  yearDistance,
} from './analysis';
import type { AtlasEvent, ClaimNote, Quote } from './schema';

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

describe('quoteScore', () => {
  const focus = (year: number, layer: Quote['orgs'][number], country: string | null) => ({
    year,
    layer,
    country,
  });
  it('scores the selected country 6, the year 4 and the layer 2', () => {
    expect(quoteScore(burabay, focus(2015, 'csto', 'KAZ'))).toBe(12);
  });
  it('scores a year one or two off 2 instead of 4', () => {
    expect(quoteScore(burabay, focus(2017, 'csto', 'KAZ'))).toBe(10);
    expect(quoteScore(burabay, focus(2014, 'csto', null))).toBe(4);
  });
  it('keeps a passage about the selected country however far its years are', () => {
    expect(quoteScore(burabay, focus(1995, 'eaeu', 'TKM'))).toBe(6);
  });
  it('drops a passage about another country even on its own year and layer', () => {
    expect(quoteScore(burabay, focus(2015, 'cis', 'RUS'))).toBe(0);
  });
  it('without a country, scores the year and the layer alone', () => {
    expect(quoteScore(burabay, focus(2015, 'eaeu', null))).toBe(4);
    expect(quoteScore(burabay, focus(2013, 'cis', null))).toBe(4);
    expect(quoteScore(burabay, focus(2012, 'cis', null))).toBe(0);
  });
});

describe('yearDistance at the edges of a period', () => {
  it('is one the year before it starts and the year after it ends', () => {
    expect(yearDistance(2007, [2008, 2009])).toBe(1);
    expect(yearDistance(2010, [2008, 2009])).toBe(1);
    expect(yearDistance(2008, [2008, 2009])).toBe(0);
  });
});

describe('ranking ties', () => {
  it('puts the nearer of two equally scored passages first', () => {
    const near = quote('near', [2011, 2011], [], ['cis']);
    const far = quote('far', [2008, 2008], [], ['cis']);
    expect(
      rankQuotes([far, near], { year: 2010, layer: 'cis', country: null }).map((q) => q.id),
    ).toEqual(['near', 'far']);
  });
  it('keeps document order between passages equally scored and equally near', () => {
    const a = quote('a', [2012, 2012], []);
    const b = quote('b', [2008, 2008], []);
    expect(
      rankQuotes([a, b], { year: 2010, layer: 'cis', country: null }).map((q) => q.id),
    ).toEqual(['a', 'b']);
    expect(
      rankQuotes([b, a], { year: 2010, layer: 'cis', country: null }).map((q) => q.id),
    ).toEqual(['b', 'a']);
  });
  it('offers the nearest passages in order of distance, then document order, at most n', () => {
    const quotes = [trade, burabay, georgiaLeaves, quote('y2016', [2016, 2016], [])];
    expect(nearestQuotes(quotes, 2012, 3).map((q) => q.id)).toEqual([
      'burabay',
      'georgia',
      'y2016',
    ]);
    expect(nearestQuotes(quotes, 2020, 2).map((q) => q.id)).toEqual(['trade', 'y2016']);
  });
});

describe('events', () => {
  const war = event('war', '2020-09-27', ['ARM', 'AZE'], '2021-01-02');
  const summit = event('summit', '2015-10-16', ['KAZ', 'RUS']);
  const later = event('later', '2019-05-29', ['KAZ']);

  it('an event lasts from the year of its date to the year of its end date', () => {
    expect(eventYears(war)).toEqual([2020, 2021]);
    expect(eventYears(summit)).toEqual([2015, 2015]);
  });
  it('an event is in the year it begins, and about a country it names', () => {
    expect(eventsInYear([war, summit], 2020).map((e) => e.id)).toEqual(['war']);
    expect(eventsInYear([war, summit], 2015, 'RUS').map((e) => e.id)).toEqual(['summit']);
  });
  it('every event about a country, in date order', () => {
    expect(eventsAbout([later, war, summit], 'KAZ').map((e) => e.id)).toEqual(['summit', 'later']);
    expect(eventsAbout([later, war, summit], 'GEO')).toEqual([]);
  });
  it('the claims that concern a country', () => {
    const claim = (id: string, countries: string[]): ClaimNote => ({
      id,
      document: 'doc',
      paragraph: 'p1',
      claim: 'a claim of the article',
      record: 'what the record says instead',
      countries,
      orgs: [],
      source: { title: 'Test', citation: 'made up' },
    });
    const claims = [claim('one', ['GEO']), claim('two', ['UKR', 'GEO']), claim('three', ['MDA'])];
    expect(claimsAbout(claims, 'GEO').map((c) => c.id)).toEqual(['one', 'two']);
  });
});

describe('quoteYear', () => {
  it('is the last year of the passage, or the last year shown if that is earlier', () => {
    expect(quoteYear(georgiaLeaves, 2026)).toBe(2009);
    expect(quoteYear(quote('future', [2024, 2030], []), 2026)).toBe(2026);
  });
});
