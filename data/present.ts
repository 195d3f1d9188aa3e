/**
 * What the page says about a year: the class of each state, the legend's counts, and the
 * sentence the live region announces. Pure functions over the data.
 */
import {
  changesBetween,
  describeChange,
  formatDay,
  referenceDay,
  statusAt,
  type Day,
} from './membership';
import type { MembershipInterval, Organisation } from './schema';
import type { OrgId, Status } from './vocabulary';
import { STATUSES } from './vocabulary';

/** The status of each given state on a day, by ISO3. */
export function statusClasses(
  intervals: readonly MembershipInterval[],
  org: OrgId,
  iso3s: readonly string[],
  day: Day,
): Record<string, Status> {
  return Object.fromEntries(iso3s.map((iso) => [iso, statusAt(intervals, org, iso, day).status]));
}

/** How many states are in each class, in the order of `order`, leaving out empty classes. */
export function countClasses<K extends string>(
  classes: Record<string, K>,
  order: readonly K[],
): { key: K; count: number }[] {
  const counts = new Map<K, number>();
  for (const cls of Object.values(classes)) counts.set(cls, (counts.get(cls) ?? 0) + 1);
  return order.filter((k) => counts.has(k)).map((key) => ({ key, count: counts.get(key) ?? 0 }));
}

/** Statuses in legend order. */
export const STATUS_ORDER: readonly Status[] = STATUSES;

/**
 * The sentence for a move from one year to another, e.g.
 * "2009: Georgia's withdrawal from the CIS took effect (18 August 2009)."
 */
export function announceYear(
  intervals: readonly MembershipInterval[],
  org: Organisation,
  fromYear: number | null,
  toYear: number,
  today: Day,
  nameOf: (iso3: string) => string,
): string {
  const to = referenceDay(toYear, today);
  if (to < org.from)
    return `${toYear}: the ${org.shortName} did not exist yet; it begins on ${formatDay(org.from)}.`;
  if (fromYear === null || fromYear === toYear)
    return `${toYear}: ${org.shortName} membership on ${formatDay(to)}.`;
  const from = referenceDay(fromYear, today);
  const changes = changesBetween(intervals, org.id, from, to);
  if (changes.length === 0)
    return `${toYear}: no change in the ${org.shortName} since ${fromYear}.`;
  const sentences = changes.map(
    (c) => `${describeChange(c, nameOf(c.country), org.shortName)} (${formatDay(c.date)})`,
  );
  if (sentences.length > 4)
    return `${toYear}: ${sentences.length} changes in the ${org.shortName} since ${fromYear}, the latest: ${sentences.slice(-2).join('; ')}.`;
  return `${toYear}: ${sentences.join('; ')}.`;
}

/** A table cell: the status word first, then when it began and in which body. */
export function statusCell(
  intervals: readonly MembershipInterval[],
  org: Organisation,
  iso3: string,
  day: Day,
): { status: Status; detail: string; interval: MembershipInterval | null } {
  const { status, interval } = statusAt(intervals, org.id, iso3, day);
  if (!interval)
    return {
      status,
      detail: day < org.from ? `(the ${org.shortName} began ${formatDay(org.from)})` : '',
      interval,
    };
  const body = org.bodies.find((b) => b.id === interval.body);
  const first = continuousStart(intervals, interval);
  const since = `since ${formatDay(first.from, first.fromPrecision)}`;
  const inBody =
    body && org.bodies.length > 1
      ? first === interval
        ? `, ${body.shortName}`
        : `; in the ${body.shortName} since ${formatDay(interval.from, interval.fromPrecision)}`
      : '';
  return { status, detail: `${since}${inBody}`, interval };
}

/**
 * The earliest interval of an unbroken run with the same status (e.g. a CST membership that
 * continued into the CSTO), so that "member since" gives the day the status really began.
 */
export function continuousStart(
  intervals: readonly MembershipInterval[],
  interval: MembershipInterval,
): MembershipInterval {
  let current = interval;
  for (;;) {
    const before = intervals.find(
      (i) =>
        i.org === current.org &&
        i.country === current.country &&
        i.until === current.from &&
        i.status === current.status,
    );
    if (!before) return current;
    current = before;
  }
}
