/**
 * Differing readings and named readings, on small made-up intervals and on the record (expected
 * statuses read by hand from the sources: see testing/golden-cells.ts and the record audit of
 * December 2026).
 */
import { describe, expect, it } from 'vitest';
import { statusAt } from './membership';
import { intervalsUnder, otherReadingsAt } from './readings';
import { readRecords } from './read-records';
import { interval, organisation } from '@/testing/fixtures';

const source = { title: 'Another source', citation: 'made up for a test' };
const org = {
  ...organisation('jads', [['jads', 'JADS', '1995-02-10']]),
  readings: [
    {
      id: 'participation',
      name: 'By participation',
      description: 'Who takes part, by the sources.',
    },
    { id: 'treaty', name: 'By treaty', description: 'Every party that has not withdrawn.' },
  ],
};
const suspended = interval({
  org: 'jads',
  country: 'UKR',
  status: 'suspended',
  from: '2014-02-27',
  until: '2026-02-25',
  alternatives: [
    { status: 'member', reading: 'A party until it withdrew.', readingId: 'treaty', source },
    { status: 'non-member', date: '2018-05-19', reading: 'Out of all CIS bodies.', source },
    { reading: 'A note that reads no status.', source },
    { status: 'suspended', reading: 'The same status, by another source.', source },
  ],
});

describe('otherReadingsAt', () => {
  it('gives the alternatives with another status that hold on the day', () => {
    expect(otherReadingsAt(suspended, '2015-12-31').map((a) => a.status)).toEqual(['member']);
    expect(otherReadingsAt(suspended, '2018-05-19').map((a) => a.status)).toEqual([
      'member',
      'non-member',
    ]);
  });
  it('is empty for an interval that no source reads otherwise', () => {
    expect(
      otherReadingsAt(
        interval({ country: 'RUS', status: 'member', from: '1995-02-10' }),
        '2000-12-31',
      ),
    ).toEqual([]);
  });
});

describe('intervalsUnder', () => {
  it('gives the alternative’s status under its reading, citing its source, the record’s as a reading', () => {
    const [under] = intervalsUnder([suspended], org, 'treaty');
    expect(under).toMatchObject({
      status: 'member',
      from: '2014-02-27',
      until: '2026-02-25',
      summary: 'By treaty: A party until it withdrew.',
      source,
    });
    expect(under!.alternatives[0]).toMatchObject({ status: 'suspended' });
    expect(under!.alternatives.some((a) => a.readingId === 'treaty')).toBe(false);
  });
  it('does not name the reading twice when the alternative already does', () => {
    const named = {
      ...suspended,
      alternatives: [{ ...suspended.alternatives[0]!, reading: 'By treaty: a party.' }],
    };
    expect(intervalsUnder([named], org, 'treaty')[0]!.summary).toBe('By treaty: a party.');
  });
  it('changes nothing under the main reading, an unknown one or none', () => {
    for (const id of ['participation', 'charter', null])
      expect(intervalsUnder([suspended], org, id)).toEqual([suspended]);
  });
  it('splits an interval at the alternative’s date when it falls inside it', () => {
    const dated = {
      ...suspended,
      alternatives: [{ ...suspended.alternatives[0]!, date: '2018-05-19' }],
    };
    const parts = intervalsUnder([dated], org, 'treaty');
    expect(parts.map((p) => [p.status, p.from, p.until])).toEqual([
      ['suspended', '2014-02-27', '2018-05-19'],
      ['member', '2018-05-19', '2026-02-25'],
    ]);
  });
  it('leaves another organisation’s intervals alone', () => {
    const other = { ...suspended, org: 'cis' };
    expect(intervalsUnder([other], org, 'treaty')).toEqual([other]);
  });
});

describe('the record’s readings', () => {
  const records = readRecords(process.cwd());
  const jads = records.organisations.find((o) => o.id === 'jads')!;
  const csto = records.organisations.find((o) => o.id === 'csto')!;
  const at = (intervals: typeof records.memberships, o: string, iso: string, day: string) =>
    statusAt(intervals, o, iso, day).status;
  it('air defence by participation: Ukraine suspended in 2015, Uzbekistan in 2005 (Vesti.az 2012, WPS 2003)', () => {
    expect(at(records.memberships, 'jads', 'UKR', '2015-12-31')).toBe('suspended');
    expect(at(records.memberships, 'jads', 'UZB', '2005-12-31')).toBe('suspended');
  });
  it('air defence by treaty: both parties, members until their withdrawal (Ukraine: decree of 25 February 2026)', () => {
    const treaty = intervalsUnder(records.memberships, jads, 'treaty');
    expect(at(treaty, 'jads', 'UKR', '2015-12-31')).toBe('member');
    expect(at(treaty, 'jads', 'UZB', '2005-12-31')).toBe('member');
    expect(at(treaty, 'jads', 'UKR', '2026-03-01')).toBe('withdrawing');
    expect(at(treaty, 'jads', 'GEO', '2010-12-31')).toBe('non-member');
  });
  it('the CSTO by the Charter: Armenia a member after its freeze of 22 February 2024', () => {
    expect(at(records.memberships, 'csto', 'ARM', '2025-12-31')).toBe('suspended');
    const charter = intervalsUnder(records.memberships, csto, 'charter');
    expect(at(charter, 'csto', 'ARM', '2025-12-31')).toBe('member');
  });
  it('marks Ukraine’s 2015 air defence status as read otherwise, and not Russia’s', () => {
    const ukr = statusAt(records.memberships, 'jads', 'UKR', '2015-12-31').interval!;
    expect(otherReadingsAt(ukr, '2015-12-31').map((a) => a.status)).toContain('member');
    const rus = statusAt(records.memberships, 'jads', 'RUS', '2015-12-31').interval!;
    expect(otherReadingsAt(rus, '2015-12-31')).toEqual([]);
  });
});
