import { describe, expect, it } from 'vitest';
import {
  FIRST_YEAR,
  dayBefore,
  formatDay,
  formatDayShort,
  isRealDay,
  referenceDay,
  referenceDayPhrase,
  todayUtc,
  yearOf,
} from './day';

describe('yearOf', () => {
  it.each([
    ['2009-08-18', 2009],
    ['1991-12-08', 1991],
    ['2026-01-01', 2026],
    ['2025-12-31', 2025],
  ])('the year of %s is %i', (day, year) => expect(yearOf(day)).toBe(year));
});

describe('referenceDay', () => {
  it('is 31 December for a past year', () =>
    expect(referenceDay(2009, '2026-11-23')).toBe('2009-12-31'));
  it('is 31 December for the year before the current one', () =>
    expect(referenceDay(2025, '2026-01-01')).toBe('2025-12-31'));
  it('is today for the current year', () =>
    expect(referenceDay(2026, '2026-11-23')).toBe('2026-11-23'));
  it('is today for a year after the current one too', () =>
    expect(referenceDay(2030, '2026-11-23')).toBe('2026-11-23'));
  it('writes a year of fewer than four digits with leading zeros', () =>
    expect(referenceDay(999, '2026-11-23')).toBe('0999-12-31'));
});

describe('referenceDayPhrase', () => {
  it('says 31 December of a past year', () =>
    expect(referenceDayPhrase(2008, '2026-12-07', '2026-11-24')).toBe('31 December 2008'));
  it('says today and the day the record was last checked for the current year', () =>
    expect(referenceDayPhrase(2026, '2026-12-07', '2026-11-24')).toBe(
      '7 December 2026, as the record stood when last checked on 24 November 2026',
    ));
});

describe('dayBefore', () => {
  it('the day before 1 March is the last day of February, leap years included', () => {
    expect(dayBefore('2008-03-01')).toBe('2008-02-29');
    expect(dayBefore('2009-03-01')).toBe('2009-02-28');
  });
  it('the day before 1 January is 31 December of the year before', () => {
    expect(dayBefore('2009-01-01')).toBe('2008-12-31');
  });
});

describe('formatDay', () => {
  it('formats a day for people', () => {
    expect(formatDay('2009-08-18')).toBe('18 August 2009');
    expect(formatDay('2009-08-01', 'month')).toBe('August 2009');
  });
  it('formats a date known only to the year as the year', () => {
    expect(formatDay('2009-01-01', 'year')).toBe('2009');
  });
});

describe('formatDayShort', () => {
  it.each([
    ['1994-03-16', 'day', '16 Mar 1994'],
    ['2003-09-18', 'month', 'Sep 2003'],
    ['2015-01-01', 'day', '1 Jan 2015'],
    ['2024-12-31', 'day', '31 Dec 2024'],
    ['1992-01-01', 'year', '1992'],
  ] as const)('writes %s at %s precision as %s', (day, precision, text) => {
    expect(formatDayShort(day, precision)).toBe(text);
  });
  it('writes a day by default', () => {
    expect(formatDayShort('2009-08-18')).toBe('18 Aug 2009');
  });
});

describe('isRealDay', () => {
  it.each(['2024-02-29', '1991-12-08'])('takes %s', (s) => expect(isRealDay(s)).toBe(true));
  it.each(['2023-02-29', '2021-02-30', '2009-8-18', '18 August 2009', ''])('refuses %j', (s) =>
    expect(isRealDay(s)).toBe(false),
  );
});

describe('todayUtc', () => {
  it('is the UTC day of an instant, whatever the local time zone', () => {
    expect(todayUtc(new Date('2026-11-23T23:59:59Z'), '')).toBe('2026-11-23');
    expect(todayUtc(new Date('2026-11-24T00:00:00+03:00'), '')).toBe('2026-11-23');
  });
  it('is the pinned day, whatever the clock says', () => {
    expect(todayUtc(new Date('2026-11-23T12:00:00Z'), '2030-06-01')).toBe('2030-06-01');
    expect(todayUtc(new Date('2031-01-01T00:00:00Z'), '2027-01-02')).toBe('2027-01-02');
  });
  it('refuses a pinned value that is not a real day', () => {
    expect(() => todayUtc(new Date(), '2027-02-30')).toThrow(
      'ATLAS_TODAY=2027-02-30 is not a day as YYYY-MM-DD',
    );
    expect(() => todayUtc(new Date(), 'tomorrow')).toThrow('ATLAS_TODAY=tomorrow');
  });
  it('is pinned in the unit tests by npm test and the test configuration', () => {
    expect(process.env.ATLAS_TODAY).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(todayUtc(new Date('1999-01-01T00:00:00Z'))).toBe(process.env.ATLAS_TODAY);
  });
});

describe('FIRST_YEAR', () => {
  it('is 1991, the first year the atlas shows', () => expect(FIRST_YEAR).toBe(1991));
});
