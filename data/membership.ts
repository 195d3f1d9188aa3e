/**
 * Membership at a date, and what changed between two dates: plain functions over plain data.
 * Intervals are half-open: `from` is the first day of a status, `until` the first day it no
 * longer held. A date that no interval covers means `non-member`.
 */
import { dayBefore, referenceDay, yearOf, type Day } from './day';
import type { MembershipInterval } from './schema';
import type { OrgId, Status } from './vocabulary';

export interface StatusAtDay {
  status: Status;
  /** The interval that gives the status; `null` for an implicit non-member. */
  interval: MembershipInterval | null;
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
  const lastYear = yearOf(today);
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
