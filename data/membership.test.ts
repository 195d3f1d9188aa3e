import { describe, expect, it } from 'vitest';
import { referenceDay } from './day';
import { allChanges, changeYears, changesBetween, covers, statusAt } from './membership';
import type { MembershipInterval } from './schema';
import { interval } from '@/testing/fixtures';

const georgia = [
  interval({ country: 'GEO', status: 'member', from: '1993-12-03', until: '2008-08-18' }),
  interval({ country: 'GEO', status: 'withdrawing', from: '2008-08-18', until: '2009-08-18' }),
];
const openEnded = [interval({ country: 'KAZ', status: 'member', from: '1991-12-21' })];
const decemberChange = [
  interval({ country: 'XXX', status: 'member', from: '2000-01-01', until: '2005-12-31' }),
];
const suspension = [
  interval({
    country: 'UZB',
    org: 'csto',
    body: 'csto',
    status: 'member',
    from: '2006-08-16',
    until: '2012-06-28',
  }),
  interval({
    country: 'UZB',
    org: 'csto',
    body: 'csto',
    status: 'suspended',
    from: '2012-06-28',
    until: '2012-12-20',
  }),
];

describe('statusAt', () => {
  const cases: [string, readonly MembershipInterval[], string, string, string][] = [
    ['a state is a member on the day it joins', georgia, 'GEO', '1993-12-03', 'member'],
    ['a state is not a member the day before it joins', georgia, 'GEO', '1993-12-02', 'non-member'],
    [
      'a state whose withdrawal was announced is withdrawing until it takes effect',
      georgia,
      'GEO',
      '2008-12-31',
      'withdrawing',
    ],
    [
      'a withdrawal takes effect on its day (the interval excludes its until)',
      georgia,
      'GEO',
      '2009-08-18',
      'non-member',
    ],
    [
      'a state is still withdrawing on the last day before the effect',
      georgia,
      'GEO',
      '2009-08-17',
      'withdrawing',
    ],
    ['an interval still open holds today', openEnded, 'KAZ', '2026-11-23', 'member'],
    ['a state with no interval is a non-member', openEnded, 'RUS', '2010-01-01', 'non-member'],
    [
      'a year before the organisation existed shows non-member',
      openEnded,
      'KAZ',
      '1991-06-01',
      'non-member',
    ],
    [
      'a membership that ends on 31 December is not shown for that year',
      decemberChange,
      'XXX',
      referenceDay(2005, '2026-11-23'),
      'non-member',
    ],
    [
      'a membership that ends on 31 December is shown the year before',
      decemberChange,
      'XXX',
      referenceDay(2004, '2026-11-23'),
      'member',
    ],
  ];
  it.each(cases)('%s', (_name, intervals, iso, day, expected) => {
    expect(statusAt(intervals, intervals[0]!.org, iso, day).status).toBe(expected);
  });
  it('returns the interval that gives the status, for its source', () => {
    expect(statusAt(georgia, 'cis', 'GEO', '2000-01-01').interval?.from).toBe('1993-12-03');
  });
  it('does not mix organisations', () => {
    expect(statusAt(suspension, 'cis', 'UZB', '2010-01-01').status).toBe('non-member');
  });
});

describe('changes', () => {
  it('lists joining, announcing and leaving in date order', () => {
    expect(allChanges(georgia, 'cis').map((c) => [c.date, c.before, c.after])).toEqual([
      ['1993-12-03', 'non-member', 'member'],
      ['2008-08-18', 'member', 'withdrawing'],
      ['2009-08-18', 'withdrawing', 'non-member'],
    ]);
  });
  it('between two days counts changes after the first and up to the second', () => {
    expect(changesBetween(georgia, 'cis', '2008-12-31', '2009-12-31').map((c) => c.after)).toEqual([
      'non-member',
    ]);
    expect(changesBetween(georgia, 'cis', '2009-12-31', '2008-12-31').map((c) => c.after)).toEqual([
      'non-member',
    ]);
  });
  it('a suspension then a withdrawal in the same year are both changes', () => {
    expect(
      changesBetween(suspension, 'csto', '2011-12-31', '2012-12-31').map((c) => c.after),
    ).toEqual(['suspended', 'non-member']);
  });
  it('tick years are the years whose map differs from the year before', () => {
    expect(changeYears(georgia, 'cis', ['GEO'], 1991, '2026-11-23')).toEqual([1993, 2008, 2009]);
    expect(changeYears(suspension, 'csto', ['UZB'], 1991, '2026-11-23')).toEqual([2006, 2012]);
    const undone = [
      interval({ country: 'ZZZ', status: 'observer', from: '2001-03-01', until: '2001-09-01' }),
    ];
    expect(changeYears(undone, 'cis', ['ZZZ'], 1991, '2026-11-23')).toEqual([]);
  });
});

describe('covers', () => {
  it('covers the first day and not the until day of an interval', () => {
    const i = { from: '2000-01-01', until: '2000-02-01' };
    expect(covers(i, '2000-01-01')).toBe(true);
    expect(covers(i, '2000-01-31')).toBe(true);
    expect(covers(i, '2000-02-01')).toBe(false);
    expect(covers(i, '1999-12-31')).toBe(false);
  });
  it('covers every day from the first of an open interval', () => {
    expect(covers({ from: '2000-01-01' }, '2999-01-01')).toBe(true);
  });
});

describe('allChanges, more cases', () => {
  it('lists no change where one interval follows another with the same status', () => {
    const continued = [
      interval({
        country: 'ARM',
        status: 'member',
        from: '1992-05-15',
        until: '2003-09-18',
        body: 'cst',
      }),
      interval({ country: 'ARM', status: 'member', from: '2003-09-18' }),
    ];
    expect(allChanges(continued, 'cis').map((c) => [c.date, c.before, c.after])).toEqual([
      ['1992-05-15', 'non-member', 'member'],
    ]);
  });
  it('records the organisation, the country and the interval of each change', () => {
    const [joined, announced, left] = allChanges(georgia, 'cis');
    expect(joined).toEqual({
      country: 'GEO',
      org: 'cis',
      date: '1993-12-03',
      before: 'non-member',
      after: 'member',
      interval: georgia[0],
    });
    expect(announced?.interval).toBe(georgia[1]);
    // Leaving names the interval that ended.
    expect(left?.interval).toBe(georgia[1]);
  });
  it('orders changes on the same day by country code', () => {
    const sameDay = [
      interval({ country: 'UZB', status: 'member', from: '1991-12-21' }),
      interval({ country: 'ARM', status: 'member', from: '1991-12-21' }),
      interval({ country: 'KAZ', status: 'member', from: '1991-12-21' }),
    ];
    expect(allChanges(sameDay, 'cis').map((c) => c.country)).toEqual(['ARM', 'KAZ', 'UZB']);
  });
  it('leaves out the intervals of other organisations', () => {
    expect(allChanges([...georgia, ...suspension], 'csto').map((c) => c.country)).toEqual([
      'UZB',
      'UZB',
      'UZB',
    ]);
  });
});

describe('changesBetween at its edges', () => {
  it('leaves out a change on the first day and counts one on the second', () => {
    expect(changesBetween(georgia, 'cis', '2008-08-18', '2009-08-18').map((c) => c.date)).toEqual([
      '2009-08-18',
    ]);
  });
});

describe('changeYears from a later first year', () => {
  it('compares the first year with the year before it', () => {
    expect(changeYears(georgia, 'cis', ['GEO'], 2008, '2026-11-23')).toEqual([2008, 2009]);
    expect(changeYears(georgia, 'cis', ['GEO'], 2009, '2026-11-23')).toEqual([2009]);
    expect(changeYears(georgia, 'cis', ['GEO'], 1991, '2009-01-01')).toEqual([1993, 2008]);
    expect(changeYears(georgia, 'cis', ['GEO'], 1991, '2009-08-18')).toEqual([1993, 2008, 2009]);
  });
});
