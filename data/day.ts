/**
 * The atlas's calendar: a day as `YYYY-MM-DD`, its year, the day before it, today (pinned by
 * `ATLAS_TODAY` or read from the clock), the day a year is shown at, and a day written for
 * people. Every other module asks here; none reads a year off a day by itself.
 */
import type { PRECISIONS } from './vocabulary';

/** A day as `YYYY-MM-DD`; such strings compare in calendar order. */
export type Day = string;

/** The first year the atlas shows. */
export const FIRST_YEAR = 1991;

/** The year of a day: 2009 for `2009-08-18`. */
export function yearOf(day: Day): number {
  return Number(day.slice(0, 4));
}

/**
 * The environment variable that fixes "today" for a build, its pages and its tests
 * (`ATLAS_TODAY=2030-06-01 npm run build`). `npm test` sets it from `config.today` in
 * package.json, so that no test reads the machine's clock; next.config.ts inlines it into the
 * browser's code, where the citation's access day is taken.
 */
const TODAY_VARIABLE = 'ATLAS_TODAY';

/**
 * Today, as `YYYY-MM-DD`: the day `ATLAS_TODAY` fixes, else the UTC day of `now`. This is the one
 * place the atlas asks what day it is. A value that is not a real day is refused loudly: a build
 * pinned to a typo must not quietly fall back to the clock.
 */
export function todayUtc(now: Date = new Date(), pinned: string | undefined = pinnedToday()): Day {
  if (pinned) {
    if (!isRealDay(pinned))
      throw new Error(`${TODAY_VARIABLE}=${pinned} is not a day as YYYY-MM-DD`);
    return pinned;
  }
  return now.toISOString().slice(0, 10);
}

/** Whether a string is a calendar day as `YYYY-MM-DD` that really exists (no 2021-02-30). */
export function isRealDay(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return (
    /^\d{4}-\d{2}-\d{2}$/.test(s) &&
    !Number.isNaN(d.getTime()) &&
    d.toISOString().slice(0, 10) === s
  );
}

/**
 * `ATLAS_TODAY` as the build or the test run set it, written out in full so that Next replaces
 * it with its value in the browser's code (next.config.ts `env`).
 */
function pinnedToday(): string | undefined {
  return process.env.ATLAS_TODAY || undefined;
}

/**
 * The day whose status the map shows for a year: 31 December of that year, or today for the
 * current year (a status on 31 December of the current year would be a forecast).
 */
export function referenceDay(year: number, today: Day): Day {
  return year >= yearOf(today) ? today : `${String(year).padStart(4, '0')}-12-31`;
}

/**
 * The reference day of a year in words, as the legend, the table, the live region and the
 * figures say it: "31 December 2008"; for the current year, today and the day the record was
 * last checked ("7 December 2026, as the record stood when last checked on 24 November 2026"),
 * since a status "today" is only as new as the record's last check.
 */
export function referenceDayPhrase(year: number, today: Day, checkedOn: Day): string {
  const day = referenceDay(year, today);
  return day === today
    ? `${formatDay(today)}, as the record stood when last checked on ${formatDay(checkedOn)}`
    : formatDay(day);
}

/** The day before a `YYYY-MM-DD` day. */
export function dayBefore(day: Day): Day {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** How exactly a date of the record is known. */
type Precision = (typeof PRECISIONS)[number];

/** Formats a day for people: "18 August 2009" (or "August 2009" / "2009" for coarser dates). */
// Any precision but 'year' and 'month' formats the day, so an empty default is equivalent.
// Stryker disable next-line StringLiteral: equivalent (see above)
export function formatDay(day: Day, precision: Precision = 'day'): string {
  const d = new Date(`${day}T00:00:00Z`);
  const options: Intl.DateTimeFormatOptions =
    precision === 'year'
      ? { year: 'numeric', timeZone: 'UTC' }
      : precision === 'month'
        ? { month: 'long', year: 'numeric', timeZone: 'UTC' }
        : { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat('en-GB', options).format(d);
}

const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

/**
 * A day with its month abbreviated ("16 Mar 1994", "Mar 1994"), for narrow table cells. The
 * abbreviations are our own: `Intl`'s differ between ICU versions ("Sep" or "Sept").
 */
export function formatDayShort(day: Day, precision: Precision = 'day'): string {
  const [year, month, date] = day.split('-');
  if (precision === 'year') return year!;
  const monthYear = `${MONTHS[Number(month) - 1]} ${year}`;
  return precision === 'month' ? monthYear : `${Number(date)} ${monthYear}`;
}
