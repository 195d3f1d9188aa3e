import { describe, expect, it } from 'vitest';
import { eventsFile } from './schema';

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
