/**
 * The downloadable files against the record, with counts and cells written by hand from
 * data/records/*.json (counted once, by reading the files), never from the code under test.
 */
import { describe, expect, it } from 'vitest';
import { records } from './atlas';
import { citation, dataFiles, latestDay } from './export';
import { dateTo } from './export-columns';
import { csvRecords, parseCsv } from '@/testing/csv';

const files = dataFiles(records, '2026-11-24');
const file = (path: string) => {
  const f = files.find((x) => x.path === path);
  if (!f) throw new Error(`no ${path}`);
  return f;
};
const rowsOf = (path: string) => csvRecords(file(path).body);

describe('the test CSV reader', () => {
  it('reads quoted commas, doubled quotes and line breaks, CRLF or LF', () => {
    expect(parseCsv('a,"b, c","say ""hi""","x\r\ny"\r\n1,,3,\n')).toEqual([
      ['a', 'b, c', 'say "hi"', 'x\r\ny'],
      ['1', '', '3', ''],
    ]);
  });
});

describe('the files and their addresses', () => {
  it('are the JSON file and four CSV files under /data/', () => {
    expect(files.map((f) => f.path)).toEqual([
      '/data/cis-atlas.json',
      '/data/memberships.csv',
      '/data/events.csv',
      '/data/quotes.csv',
      '/data/claims.csv',
    ]);
  });
  it('say how to cite them in one line', () => {
    expect(citation('2026-11-24')).toBe(
      'CIS Atlas, "Post-Soviet alliances: membership, Russian forces, events and sources, 1991 to 2026", data set built 2026-11-24, licensed CC BY 4.0.',
    );
  });
});

describe('memberships.csv', () => {
  const rows = rowsOf('/data/memberships.csv');
  it('has one row per membership interval of the record: 109, of which CIS 32, CSTO 19, EAEU 23, Union State 6, air defence 15, GUAM 14', () => {
    expect(rows).toHaveLength(109);
    expect(file('/data/memberships.csv').rows).toBe(109);
    const count = (org: string) => rows.filter((r) => r.org === org).length;
    expect(['cis', 'csto', 'eaeu', 'union-state', 'jads', 'guam'].map((org) => count(org))).toEqual(
      [32, 19, 23, 6, 15, 14],
    );
  });
  it('counts the statuses as the record has them', () => {
    const count = (s: string) => rows.filter((r) => r.status === s).length;
    expect({
      member: count('member'),
      participating: count('participating'),
      associate: count('associate'),
      observer: count('observer'),
      suspended: count('suspended'),
      withdrawing: count('withdrawing'),
      'non-member': count('non-member'),
    }).toEqual({
      member: 81,
      participating: 8,
      associate: 1,
      observer: 7,
      suspended: 6,
      withdrawing: 4,
      'non-member': 2,
    });
  });
  it('gives every row a source title and an address or a citation', () => {
    for (const r of rows) {
      expect(r.source_title!.length).toBeGreaterThan(2);
      expect(`${r.source_url}${r.source_citation}`).not.toBe('');
    }
  });
  it("writes Georgia's CIS withdrawal of 2008-09 with its milestones and the differing reading", () => {
    const row = rows.find((r) => r.iso3 === 'GEO' && r.status === 'withdrawing');
    expect(row).toMatchObject({
      org: 'cis',
      body: 'cis',
      state: 'Georgia',
      from: '2008-08-14',
      from_precision: 'day',
      until: '2009-08-18',
      until_precision: 'day',
      announced: '2008-08-12',
      decided: '2008-08-14; 2008-10-09',
      notified: '2008-08-18',
      effective: '2009-08-18',
      signed: '',
      source_title: 'Georgia to quit CIS August 18, 2009',
      differing_readings: '1',
    });
    expect(row?.differing_readings_detail).not.toBe('');
  });
  it("writes Armenia's EAEU membership as open, with the body's name", () => {
    const row = rows.find((r) => r.iso3 === 'ARM' && r.body === 'eaeu');
    expect(row).toMatchObject({
      organisation: 'Eurasian Economic Union and its predecessors',
      body_name: 'Eurasian Economic Union',
      status: 'member',
      from: '2015-01-02',
      until: '',
      until_precision: '',
      signed: '2014-10-10',
      ratified: '2014-12-04',
      in_force: '2015-01-02',
    });
  });
});

describe('the other CSV files', () => {
  it('have a row per event (62), quote (30) and claim (20), each event and claim sourced', () => {
    expect(rowsOf('/data/events.csv')).toHaveLength(62);
    expect(rowsOf('/data/quotes.csv')).toHaveLength(30);
    expect(rowsOf('/data/claims.csv')).toHaveLength(20);
    for (const r of [...rowsOf('/data/events.csv'), ...rowsOf('/data/claims.csv')])
      expect(r.source_title).not.toBe('');
  });
  it('write the Belovezha Accords with their place and countries', () => {
    expect(rowsOf('/data/events.csv')[0]).toMatchObject({
      id: 'belovezha-accords',
      date: '1991-12-08',
      kind: 'founding',
      countries: 'BLR RUS UKR',
      orgs: 'cis',
      place: 'Viskuli, Belovezhskaya Pushcha',
      longitude: '23.86',
      latitude: '52.63',
    });
  });
  it("write a quote verbatim with its paragraph's address in the reader", () => {
    expect(rowsOf('/data/quotes.csv')[0]).toMatchObject({
      id: 'bolgova-burabay-format',
      document: 'bolgova-2015',
      paragraph: 'p1',
      anchor: '/documents/bolgova-2015#p1',
      text: 'The meeting of CIS heads of state held in Kazakhstan on 16 October 2015 drew attention with its multilateral format, which has long been the subject of the phrase “either good or nothing.”',
      countries: 'KAZ',
      year_from: '2015',
      year_to: '2015',
    });
  });
});

describe('cis-atlas.json', () => {
  const json = JSON.parse(file('/data/cis-atlas.json').body) as Record<string, unknown>;
  it('holds everything, with its day, licence and citation', () => {
    expect(json.generated).toBe('2026-11-24');
    expect(json.licence).toMatchObject({ name: 'CC BY 4.0', attribution: 'CIS Atlas' });
    expect(json.citation).toBe(citation('2026-11-24'));
    const length = (k: string) => (json[k] as unknown[]).length;
    expect(
      [
        'organisations',
        'countries',
        'memberships',
        'territories',
        'events',
        'quotes',
        'claims',
        'documents',
      ].map(length),
    ).toEqual([6, 27, 109, 9, 62, 30, 20, 2]);
  });
  it('leaves the articles’ text out (short quotations only)', () => {
    expect(file('/data/cis-atlas.json').body).not.toContain('"paragraphs"');
  });
  it('names the latest day of the record: 20 March 2026', () => {
    expect(json.recordRunsTo).toBe('2026-03-20');
    expect(latestDay(records)).toBe('2026-03-20');
  });
});

describe('dateTo writes a date to its precision', () => {
  it.each([
    ['day', '1994-01-18'],
    ['month', '1994-01'],
    ['year', '1994'],
  ] as const)('%s → %s', (precision, expected) => {
    expect(dateTo('1994-01-18', precision)).toBe(expected);
  });
});
