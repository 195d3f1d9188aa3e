/**
 * More of data/present.ts on small made-up records: the branches of the announcement that the
 * real record does not reach, the table cell, and the start of a continuous status. Every
 * expected sentence is written out by hand.
 */
import { describe, expect, it } from 'vitest';
import { formatDayShort } from './day';
import { announceYear, continuousStart, statusCell } from './present';
import type { MembershipInterval } from './schema';
import { interval, organisation } from '@/testing/fixtures';

const TODAY = '2026-11-24';
const NAMES: Record<string, string> = {
  AAA: 'Alpha',
  BBB: 'Beta',
  CCC: 'Gamma',
  DDD: 'Delta',
  EEE: 'Epsilon',
  FFF: 'Zeta',
  ARM: 'Armenia',
  KAZ: 'Kazakhstan',
  RUS: 'Russia',
  SRB: 'Serbia',
};
const nameOf = (iso3: string): string => NAMES[iso3] ?? iso3;

const cis = organisation('cis', [['cis', 'CIS', '1991-12-08']]);
const cst = organisation('csto', [
  ['cst', 'CST', '1992-05-15', '2003-09-18'],
  ['csto', 'CSTO', '2003-09-18'],
]);

const joined = (country: string, from: string): MembershipInterval =>
  interval({ country, status: 'member', from });

describe('announceYear without a previous year', () => {
  it('says the membership on the reference day for the first year shown or the same year', () => {
    const expected = '2005: CIS membership on 31 December 2005.';
    expect(announceYear([], cis, null, 2005, TODAY, nameOf)).toBe(expected);
    expect(announceYear([], cis, 2005, 2005, TODAY, nameOf)).toBe(expected);
  });
  it('says when a line began for a year before it', () => {
    expect(announceYear([], cst, 2000, 1991, TODAY, nameOf)).toBe(
      '1991: no Test CST until 15 May 1992.',
    );
  });
});

describe('announceYear from a year before the line began', () => {
  const intervals = [
    interval({ country: 'RUS', org: 'csto', body: 'cst', status: 'member', from: '1992-05-15' }),
    interval({ country: 'ARM', org: 'csto', body: 'cst', status: 'member', from: '1992-05-15' }),
    // Joins on the reference day itself: a member on it.
    interval({ country: 'KAZ', org: 'csto', body: 'cst', status: 'member', from: '1992-12-31' }),
    // Leaves on the reference day: no longer a member on it.
    interval({
      country: 'AAA',
      org: 'csto',
      body: 'cst',
      status: 'member',
      from: '1992-05-15',
      until: '1992-12-31',
    }),
    interval({
      country: 'SRB',
      org: 'csto',
      body: 'cst',
      status: 'observer',
      from: '1992-06-01',
      until: '1993-01-01',
    }),
    interval({ country: 'BBB', org: 'csto', body: 'cst', status: 'member', from: '1993-01-01' }),
    interval({ country: 'CCC', org: 'cis', status: 'member', from: '1991-12-21' }),
  ];
  it('lists the states of each status on the new reference day, in alphabetical order', () => {
    expect(announceYear(intervals, cst, 1991, 1992, TODAY, nameOf)).toBe(
      '1992: in 1991 there was no Test CST yet (from 15 May 1992). On 31 December 1992, the members of the CST are Armenia, Kazakhstan and Russia; Serbia is an observer; outside it are Alpha and Beta.',
    );
  });
  it('says so when the line has no members yet', () => {
    expect(announceYear([], cst, 1991, 1992, TODAY, nameOf)).toBe(
      '1992: in 1991 there was no Test CST yet (from 15 May 1992). On 31 December 1992, the CST has no members.',
    );
  });
  it.each([
    ['participating', 'Alpha takes part in the CST without having ratified its charter'],
    ['associate', 'Alpha is an associate member of the CST'],
    ['suspended', "Alpha's participation in the CST is suspended"],
    ['withdrawing', 'Alpha is withdrawing from the CST'],
    ['non-member', 'the CST has no members; outside it is Alpha'],
  ] as const)('words a group of %s states', (status, words) => {
    const one = [
      interval({ country: 'AAA', org: 'csto', body: 'cst', status, from: '1992-05-15' }),
    ];
    expect(announceYear(one, cst, 1991, 1992, TODAY, nameOf)).toBe(
      `1992: in 1991 there was no Test CST yet (from 15 May 1992). On 31 December 1992, ${words}.`,
    );
  });
});

describe('announceYear across a succession', () => {
  const two = organisation('eaeu', [
    ['aaa', 'AU', '1995-01-20', '2001-05-30'],
    ['bbb', 'BU', '1996-03-29', '2001-05-30'],
    ['ccc', 'CU', '2001-05-30'],
  ]);
  it('says going back that the ended body is shown again', () => {
    expect(announceYear([], cst, 2004, 2002, TODAY, nameOf)).toBe(
      '2002: The CST is shown again; the CSTO succeeded it on 18 September 2003.',
    );
  });
  it('says two bodies succeeded by one in the plural, both ways', () => {
    expect(announceYear([], two, 2000, 2001, TODAY, nameOf)).toBe(
      '2001: The AU and the BU were succeeded by the CU (30 May 2001).',
    );
    expect(announceYear([], two, 2001, 2000, TODAY, nameOf)).toBe(
      '2000: The AU and the BU are shown again; the CU succeeded them on 30 May 2001.',
    );
  });
  const lateSuccessor = organisation('csto', [
    ['xx', 'XX', '2000-01-01', '2003-12-31'],
    ['yy', 'YY', '2003-12-31'],
  ]);
  it('reports a succession on the new reference day itself', () => {
    expect(announceYear([], lateSuccessor, 2002, 2003, TODAY, nameOf)).toBe(
      '2003: The XX was succeeded by the YY (31 December 2003).',
    );
  });
  it('does not report again a succession on the old reference day', () => {
    expect(announceYear([], lateSuccessor, 2003, 2004, TODAY, nameOf)).toBe(
      '2004: no change in the YY since 2003.',
    );
  });
  it('does not call a body that began beside another a succession', () => {
    const parallel = organisation('eaeu', [
      ['pp', 'PP', '2000-01-01'],
      ['qq', 'QQ', '2005-06-01'],
    ]);
    expect(announceYear([], parallel, 2004, 2005, TODAY, nameOf)).toBe(
      '2005: no change in the PP since 2004.',
    );
  });
});

describe('announceYear with many states', () => {
  // Delta was participating, became a full member in June and was counted as participating
  // again in September: shown as in 2004.
  const delta = [
    interval({ country: 'DDD', status: 'participating', from: '2000-01-01', until: '2005-06-01' }),
    interval({ country: 'DDD', status: 'member', from: '2005-06-01', until: '2005-09-01' }),
    interval({ country: 'DDD', status: 'participating', from: '2005-09-01' }),
  ];
  const zeta = [
    interval({ country: 'FFF', status: 'member', from: '2005-08-01', until: '2005-10-01' }),
  ];
  const abc = [
    joined('AAA', '2005-03-01'),
    joined('BBB', '2005-04-01'),
    joined('CCC', '2005-05-01'),
  ];

  it('lists every state when four differ, one of them changed and changed back', () => {
    expect(announceYear([...abc, ...delta], cis, 2004, 2005, TODAY, nameOf)).toBe(
      '2005: Alpha joined the CIS (1 March 2005). Beta joined the CIS (1 April 2005). Gamma joined the CIS (1 May 2005). Delta became a full member of the CIS (1 June 2005); it was counted as participating in the CIS, not having ratified the CIS Charter when it entered into force (1 September 2005).',
    );
  });

  it('lists four states shown differently and says the fifth is shown as before', () => {
    expect(
      announceYear([...abc, ...delta, joined('EEE', '2005-07-01')], cis, 2004, 2005, TODAY, nameOf),
    ).toBe(
      '2005: Alpha joined the CIS (1 March 2005). Beta joined the CIS (1 April 2005). Gamma joined the CIS (1 May 2005). Epsilon joined the CIS (1 July 2005). Delta is participating in the CIS in both 2004 and 2005, though its status changed in between.',
    );
  });

  it('says two states that changed and changed back in the plural', () => {
    expect(announceYear([...abc, ...delta, ...zeta], cis, 2004, 2005, TODAY, nameOf)).toBe(
      '2005: Alpha joined the CIS (1 March 2005). Beta joined the CIS (1 April 2005). Gamma joined the CIS (1 May 2005). Delta is participating in the CIS in both 2004 and 2005, and Zeta is outside the CIS in both years, though their status changed in between.',
    );
  });

  it('sums up more than four states shown differently, with their statuses in brief', () => {
    const epsilon = [
      interval({
        country: 'EEE',
        status: 'participating',
        from: '2000-01-01',
        until: '2005-07-01',
      }),
      interval({ country: 'EEE', status: 'member', from: '2005-07-01' }),
    ];
    expect(
      announceYear(
        [...abc, joined('DDD', '2005-06-01'), ...epsilon],
        cis,
        2004,
        2005,
        TODAY,
        nameOf,
      ),
    ).toBe(
      '2005: Shown differently from 2004: Alpha is shown as a member of the CIS (in 2004, outside the CIS); Beta is shown as a member of the CIS (in 2004, outside the CIS); Gamma is shown as a member of the CIS (in 2004, outside the CIS); Delta is shown as a member of the CIS (in 2004, outside the CIS); Epsilon is shown as a member of the CIS (in 2004, participating in the CIS).',
    );
  });
});

describe('statusCell', () => {
  it('says since when a state of a one-body line has its status, without the body', () => {
    const kaz = joined('KAZ', '1991-12-21');
    expect(statusCell([kaz], cis, 'KAZ', '2000-12-31')).toEqual({
      status: 'member',
      detail: 'since 21 December 1991',
      since: 'since 21 December 1991',
      inBody: '',
      interval: kaz,
    });
  });
  it('gives the start as precisely as it is known', () => {
    const kaz = interval({
      country: 'KAZ',
      status: 'member',
      from: '1992-05-01',
      fromPrecision: 'month',
    });
    expect(statusCell([kaz], cis, 'KAZ', '2000-12-31').detail).toBe('since May 1992');
  });
  it('says nothing more of a non-member once the line exists, from its first day', () => {
    expect(statusCell([], cis, 'KAZ', '1991-12-08')).toEqual({
      status: 'non-member',
      detail: '',
      since: '',
      inBody: '',
      interval: null,
    });
  });
  it('says a day before the line began is before its first body, not non-member', () => {
    expect(statusCell([], cst, 'KAZ', '1992-05-14')).toEqual({
      status: 'before',
      detail: 'the CST, from 15 May 1992',
      since: 'the CST, from 15 May 1992',
      inBody: '',
      interval: null,
    });
  });
  it('leaves the body out when the interval names none of the line', () => {
    const odd = interval({
      country: 'ARM',
      org: 'csto',
      body: 'other',
      status: 'member',
      from: '1995-01-01',
    });
    expect(statusCell([odd], cst, 'ARM', '2000-12-31').detail).toBe('since 1 January 1995');
  });
  it('says since when across a successor body, and since when in the body on the day', () => {
    // Armenia in the CST, then in the CSTO that succeeded it: one unbroken membership.
    const inCst = interval({
      country: 'ARM',
      org: 'csto',
      body: 'cst',
      status: 'member',
      from: '1992-05-15',
      until: '2003-09-18',
    });
    const inCsto = interval({
      country: 'ARM',
      org: 'csto',
      body: 'csto',
      status: 'member',
      from: '2003-09-18',
    });
    expect(statusCell([inCst, inCsto], cst, 'ARM', '2015-12-31')).toMatchObject({
      detail: 'since 15 May 1992; in the CSTO since 18 September 2003',
      since: 'since 15 May 1992',
      inBody: '; in the CSTO since 18 September 2003',
    });
    expect(statusCell([inCst, inCsto], cst, 'ARM', '2000-12-31').detail).toBe(
      'since 15 May 1992, CST',
    );
  });
  it('writes its days with the month abbreviated when asked, as a narrow table does', () => {
    const kaz = joined('KAZ', '1991-12-21');
    expect(statusCell([kaz], cis, 'KAZ', '2000-12-31', formatDayShort).detail).toBe(
      'since 21 Dec 1991',
    );
    expect(statusCell([], cst, 'KAZ', '1992-05-14', formatDayShort).detail).toBe(
      'the CST, from 15 May 1992',
    );
  });
});

describe('continuousStart', () => {
  const earlier = interval({
    country: 'ARM',
    org: 'csto',
    body: 'cst',
    status: 'member',
    from: '1992-05-15',
    until: '2003-09-18',
  });
  const later = interval({
    country: 'ARM',
    org: 'csto',
    body: 'csto',
    status: 'member',
    from: '2003-09-18',
    until: '2024-02-22',
  });
  const latest = interval({
    country: 'ARM',
    org: 'csto',
    body: 'csto',
    status: 'member',
    from: '2024-02-22',
  });

  it('follows an unbroken run of one status back to its first interval', () => {
    expect(continuousStart([latest, later, earlier], latest)).toBe(earlier);
  });
  it.each([
    ['organisation', { org: 'cis' as const }],
    ['country', { country: 'AZE' }],
    ['status', { status: 'suspended' as const }],
  ])('does not run on into an interval of another %s', (_what, change) => {
    const other = { ...earlier, ...change };
    expect(continuousStart([other, later], later)).toBe(later);
  });
  it('does not run on across a gap', () => {
    const gap = { ...earlier, until: '2003-09-17' };
    expect(continuousStart([gap, later], later)).toBe(later);
  });
});
