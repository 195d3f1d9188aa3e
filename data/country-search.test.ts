import { describe, expect, it } from 'vitest';
import { countries } from './atlas';
import { searchCountries, type SearchableCountry } from './country-search';

/** What a search shows: each state's code, with the other name that found it. */
function shown(list: readonly SearchableCountry[], query: string): string[] {
  return searchCountries(list, query).map((h) =>
    h.via ? `${h.country.iso3} — ${h.via.name}` : h.country.iso3,
  );
}

describe('searchCountries over the record', () => {
  // Each query, and the state a reader means by it: written by hand, one per line.
  it.each([
    ['kyrgyz republic', 'KGZ — Kyrgyz Republic'],
    ['Kyrgyz Republic', 'KGZ — Kyrgyz Republic'],
    ['Belorussia', 'BLR — Belorussia'],
    ['Byelorussia', 'BLR — Byelorussia'],
    ['moldavia', 'MDA — Moldavia'],
    ['Republic of Moldova', 'MDA — Republic of Moldova'],
    ['Turkey', 'TUR — Turkey'],
    ['Türkiye', 'TUR'],
    ['turkiye', 'TUR'],
    ['TURKIYE', 'TUR'],
    ['Россия', 'RUS — Россия'],
    ['россия', 'RUS — Россия'],
    ['Russian Federation', 'RUS — Russian Federation'],
    ['белоруссия', 'BLR — Белоруссия'],
    ['Беларусь', 'BLR — Беларусь'],
    ['Киргизия', 'KGZ — Киргизия'],
    ['Кыргызстан', 'KGZ — Кыргызстан'],
    ['Грузия', 'GEO — Грузия'],
    ['Sakartvelo', 'GEO — Sakartvelo'],
    ['Kirghizia', 'KGZ — Kirghizia'],
    ['Persia', 'IRN — Persia'],
    ['kgz', 'KGZ'],
    ['Georgia', 'GEO'],
  ])('“%s” finds %s first', (query, expected) => {
    expect(shown(countries, query)[0]).toBe(expected);
  });

  it.each([['xyz'], ['Атлантида'], ['Kyrgyz Empire']])('“%s” finds nothing', (query) => {
    expect(searchCountries(countries, query)).toEqual([]);
  });

  it('“Turkey” finds Türkiye alone, not Turkmenistan', () => {
    expect(shown(countries, 'Turkey')).toEqual(['TUR — Turkey']);
  });

  it('“Russia” finds Russia by its main name before Belarus by “Belorussia”', () => {
    expect(shown(countries, 'Russia')).toEqual(['RUS', 'BLR — Belorussia']);
  });

  it('a Russian name written with ё finds the state as with е', () => {
    expect(shown(countries, 'Белоруссия'.replace('е', 'ё'))).toEqual(['BLR — Белоруссия']);
  });
});

describe('searchCountries', () => {
  const ABC: SearchableCountry[] = [
    { iso3: 'AAA', name: 'Alpha', otherNames: [{ name: 'Republic of Beta', kind: 'official' }] },
    { iso3: 'BBB', name: 'Beta', otherNames: [{ name: 'Ёлкино', kind: 'russian' }] },
    {
      iso3: 'CCC',
      name: 'Alphabet Land',
      otherNames: [
        { name: 'Land of Letters', kind: 'former' },
        { name: 'Letters', kind: 'short' },
        { name: 'Zürich-Letterland', kind: 'local', lang: 'de' },
      ],
    },
    { iso3: 'DDD', name: 'Deltaland', otherNames: [{ name: 'Край', kind: 'russian' }] },
  ];

  it('an empty or blank query finds every state, in the given order, with no other name', () => {
    expect(shown(ABC, '')).toEqual(['AAA', 'BBB', 'CCC', 'DDD']);
    expect(shown(ABC, '   ')).toEqual(['AAA', 'BBB', 'CCC', 'DDD']);
  });

  it('puts a whole main name before a word of one, and a word before a part of one', () => {
    expect(shown(ABC, 'land')).toEqual(['CCC', 'DDD']);
    expect(shown(ABC, 'alpha')).toEqual(['AAA', 'CCC']);
  });

  it('puts every main-name match before any other-name match', () => {
    expect(shown(ABC, 'beta')).toEqual(['BBB', 'AAA — Republic of Beta']);
  });

  it('shows the best other name: a whole name before a word of one', () => {
    expect(shown(ABC, 'letters')).toEqual(['CCC — Letters']);
    expect(shown(ABC, 'letter')).toEqual(['CCC — Land of Letters']);
  });

  it('matches a word after a hyphen, and text inside a word', () => {
    expect(shown(ABC, 'letterland')).toEqual(['CCC — Zürich-Letterland']);
    expect(shown(ABC, 'etterla')).toEqual(['CCC — Zürich-Letterland']);
  });

  it('ignores case, surrounding spaces and Latin diacritics on either side', () => {
    expect(shown(ABC, '  ZURICH ')).toEqual(['CCC — Zürich-Letterland']);
    expect(shown(ABC, 'Ålphä')).toEqual(['AAA', 'CCC']);
  });

  it('reads ё as е, but keeps й apart from и', () => {
    expect(shown(ABC, 'елкино')).toEqual(['BBB — Ёлкино']);
    expect(shown(ABC, 'ЁЛК')).toEqual(['BBB — Ёлкино']);
    expect(shown(ABC, 'край')).toEqual(['DDD — Край']);
    expect(shown(ABC, 'краи')).toEqual([]);
  });

  it('finds a state by its exact ISO code, before name matches, but not by part of it', () => {
    expect(shown(ABC, 'ddd')).toEqual(['DDD']);
    expect(shown(ABC, 'dd')).toEqual([]);
  });
});
