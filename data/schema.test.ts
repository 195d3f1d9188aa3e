import { describe, expect, it } from 'vitest';
import { countriesFile, eventsFile } from './schema';

/** An event as the records file holds it, with `fields` changed. */
function event(fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'burabay-summit',
    date: '2015-10-16',
    kind: 'summit',
    title: 'CIS summit in Burabay',
    description: 'The heads of state met in Burabay, Kazakhstan.',
    source: { title: 'CIS Executive Committee', url: 'https://e-cis.info/' },
    ...fields,
  };
}

/** The messages of the issues a file's content raises, by path. */
function problems(value: unknown): string[] {
  const result = eventsFile.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('a day in a records file', () => {
  it.each(['2024-02-29', '1991-12-21', '2009-08-18'])('may be %s, a real calendar day', (date) => {
    expect(problems([event({ date })])).toEqual([]);
  });
  it.each(['2021-02-30', '2023-02-29', '2009-13-01'])(
    'may not be %s, which no calendar has',
    (date) => {
      expect(problems([event({ date })])).toEqual(['0.date: a real calendar day']);
    },
  );
  it.each(['2009-8-18', '18 August 2009', '2009-08-18T00:00'])(
    'must be written YYYY-MM-DD, not %s',
    (date) => {
      expect(problems([event({ date })])).toContain('0.date: a day as YYYY-MM-DD');
    },
  );
});

describe('a source in a records file', () => {
  it('may give an address or a citation', () => {
    expect(
      problems([event({ source: { title: 'CIS Charter', citation: 'Minsk, 1993' } })]),
    ).toEqual([]);
  });
  it('must give an address or a citation', () => {
    expect(problems([event({ source: { title: 'CIS Charter' } })])).toEqual([
      '0.source: a source needs a url or a citation',
    ]);
  });
});

describe('an other name of a country', () => {
  /** The issues of a countries file whose first state has these other names. */
  function countryProblems(otherNames: unknown): string[] {
    const states = 'ARM AZE BLR EST GEO KAZ KGZ LTU LVA MDA RUS TJK TKM UKR UZB'
      .split(' ')
      .map((iso3) => ({ iso3, name: `Country ${iso3}`, role: 'post-soviet' }));
    const result = countriesFile.safeParse([{ ...states[0], otherNames }, ...states.slice(1)]);
    return result.success
      ? []
      : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  }
  it('may be local, with its language', () => {
    expect(countryProblems([{ name: 'Sakartvelo', kind: 'local', lang: 'ka' }])).toEqual([]);
  });
  it('must give the language of a local name', () => {
    expect(countryProblems([{ name: 'Sakartvelo', kind: 'local' }])).toEqual([
      '0.otherNames.0: a local name needs its language',
    ]);
  });
  it('must give a language as a two-letter code', () => {
    expect(countryProblems([{ name: 'Sakartvelo', kind: 'local', lang: 'Georgian' }])).toEqual([
      '0.otherNames.0.lang: an ISO 639-1 language code',
    ]);
  });
  it('must be of a known kind', () => {
    expect(countryProblems([{ name: 'Gruzia', kind: 'nickname' }])).toHaveLength(1);
  });
});
