/**
 * Membership at a date, and what changed between two dates: plain functions over plain data.
 * Intervals are half-open: `from` is the first day of a status, `until` the first day it no
 * longer held. A date that no interval covers means `non-member`.
 */
import type { MembershipInterval } from './schema';
import type { OrgId, Status } from './vocabulary';

/** A day as `YYYY-MM-DD`; such strings compare in calendar order. */
export type Day = string;

export interface StatusAtDay {
  status: Status;
  /** The interval that gives the status; `null` for an implicit non-member. */
  interval: MembershipInterval | null;
}

/** The first year the atlas shows. */
export const FIRST_YEAR = 1991;

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
  const currentYear = Number(today.slice(0, 4));
  return year >= currentYear ? today : `${String(year).padStart(4, '0')}-12-31`;
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

/** Whether an interval covers a day. */
export function covers(interval: Pick<MembershipInterval, 'from' | 'until'>, day: Day): boolean {
  return interval.from <= day && (interval.until === undefined || day < interval.until);
}

/** The status of a country in an organisation on a day. */
export function statusAt(
  intervals: readonly MembershipInterval[],
  org: OrgId,
  iso3: string,
  day: Day,
): StatusAtDay {
  const interval = intervals.find((i) => i.org === org && i.country === iso3 && covers(i, day));
  return interval
    ? { status: interval.status, interval }
    : { status: 'non-member', interval: null };
}

/** The status of every given country in an organisation on a day, keyed by ISO3. */
export function statusesAt(
  intervals: readonly MembershipInterval[],
  org: OrgId,
  iso3s: readonly string[],
  day: Day,
): Record<string, StatusAtDay> {
  return Object.fromEntries(iso3s.map((iso) => [iso, statusAt(intervals, org, iso, day)]));
}

/** One change of one country's status, on the day it took effect. */
export interface StatusChange {
  country: string;
  org: OrgId;
  date: Day;
  before: Status;
  after: Status;
  /** The interval that begins on `date`, or, when the state became a non-member, the one that ended. */
  interval: MembershipInterval;
}

/** Every day on which some country's status in `org` changed, with what changed, in date order. */
export function allChanges(intervals: readonly MembershipInterval[], org: OrgId): StatusChange[] {
  const mine = intervals.filter((i) => i.org === org);
  const changes: StatusChange[] = [];
  for (const i of mine) {
    const before = statusAt(mine, org, i.country, dayBefore(i.from));
    if (before.status !== i.status) {
      changes.push({
        country: i.country,
        org,
        date: i.from,
        before: before.status,
        after: i.status,
        interval: i,
      });
    }
    if (i.until !== undefined) {
      const after = statusAt(mine, org, i.country, i.until);
      if (after.interval === null) {
        changes.push({
          country: i.country,
          org,
          date: i.until,
          before: i.status,
          after: 'non-member',
          interval: i,
        });
      }
    }
  }
  return changes.sort((a, b) => a.date.localeCompare(b.date) || a.country.localeCompare(b.country));
}

/** The changes that took effect after `from` and on or before `to` (so `statusAt(to)` shows them). */
export function changesBetween(
  intervals: readonly MembershipInterval[],
  org: OrgId,
  from: Day,
  to: Day,
): StatusChange[] {
  const [lo, hi] = from <= to ? [from, to] : [to, from];
  return allChanges(intervals, org).filter((c) => c.date > lo && c.date <= hi);
}

/**
 * The years whose map differs from the year before's, for the slider's tick marks: a change
 * counts in the year of its date, unless it was undone within the same year.
 */
export function changeYears(
  intervals: readonly MembershipInterval[],
  org: OrgId,
  iso3s: readonly string[],
  firstYear: number,
  today: Day,
): number[] {
  const lastYear = Number(today.slice(0, 4));
  const years: number[] = [];
  let previous = snapshot(intervals, org, iso3s, referenceDay(firstYear - 1, today));
  for (let year = firstYear; year <= lastYear; year++) {
    const current = snapshot(intervals, org, iso3s, referenceDay(year, today));
    if (current !== previous) years.push(year);
    previous = current;
  }
  return years;
}

function snapshot(
  intervals: readonly MembershipInterval[],
  org: OrgId,
  iso3s: readonly string[],
  day: Day,
): string {
  // No status is a prefix of another, so statuses joined without a separator tell two snapshots
  // apart just as well: the empty separator is an equivalent mutant.
  // Stryker disable next-line StringLiteral: equivalent (see above)
  return iso3s.map((iso) => statusAt(intervals, org, iso, day).status).join(',');
}

/** The day before a `YYYY-MM-DD` day. */
export function dayBefore(day: Day): Day {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** Formats a day for people: "18 August 2009" (or "August 2009" / "2009" for coarser dates). */
// Any precision but 'year' and 'month' formats the day, so an empty default is equivalent.
// Stryker disable next-line StringLiteral: equivalent (see above)
export function formatDay(day: Day, precision: 'day' | 'month' | 'year' = 'day'): string {
  const d = new Date(`${day}T00:00:00Z`);
  const options: Intl.DateTimeFormatOptions =
    precision === 'year'
      ? { year: 'numeric', timeZone: 'UTC' }
      : precision === 'month'
        ? { month: 'long', year: 'numeric', timeZone: 'UTC' }
        : { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat('en-GB', options).format(d);
}
