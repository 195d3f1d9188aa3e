/**
 * Comparisons: two organisations at one day (overlap), one organisation at two days (change),
 * and membership counts over time. Pure functions over the data.
 */
import { referenceDay, yearOf, type Day } from './day';
import { changesBetween, statusAt, type StatusChange } from './membership';
import type { MembershipInterval } from './schema';
import type { OrgId, Status } from './vocabulary';

/** Statuses that count as being in an organisation (with a qualification unless `member`). */
export const IN_STATUSES: readonly Status[] = [
  'member',
  'participating',
  'associate',
  'suspended',
  'withdrawing',
];

/** Whether a status counts as being in the organisation. */
export function isIn(status: Status): boolean {
  return IN_STATUSES.includes(status);
}

export type OverlapCategory = 'both' | 'only-a' | 'only-b' | 'neither';
export const OVERLAP_CATEGORIES: readonly OverlapCategory[] = [
  'both',
  'only-a',
  'only-b',
  'neither',
];

export interface OverlapResult {
  category: OverlapCategory;
  a: Status;
  b: Status;
  /** True when a side's status is not plain `member` / `non-member` (associate, suspended, observer…). */
  qualified: boolean;
}

/** Where a state stands in two organisations on one day. */
export function overlapAt(
  intervals: readonly MembershipInterval[],
  a: OrgId,
  b: OrgId,
  iso3: string,
  day: Day,
): OverlapResult {
  const sa = statusAt(intervals, a, iso3, day).status;
  const sb = statusAt(intervals, b, iso3, day).status;
  const category: OverlapCategory = isIn(sa)
    ? isIn(sb)
      ? 'both'
      : 'only-a'
    : isIn(sb)
      ? 'only-b'
      : 'neither';
  const plain = (s: Status): boolean => s === 'member' || s === 'non-member';
  return { category, a: sa, b: sb, qualified: !plain(sa) || !plain(sb) };
}

export type ChangeCategory =
  'joined' | 'left' | 'status-changed' | 'unchanged-member' | 'unchanged-non-member';
export const CHANGE_CATEGORIES: readonly ChangeCategory[] = [
  'joined',
  'left',
  'status-changed',
  'unchanged-member',
  'unchanged-non-member',
];

/** The words the UI uses for the change categories. */
export const CHANGE_WORDS: Record<ChangeCategory, string> = {
  joined: 'joined',
  left: 'left',
  'status-changed': 'status changed',
  'unchanged-member': 'unchanged member',
  'unchanged-non-member': 'unchanged non-member',
};

export interface ChangeResult {
  category: ChangeCategory;
  before: Status;
  after: Status;
  /** The changes in between, in date order (a state may have left and rejoined). */
  steps: StatusChange[];
}

/** What happened to a state in one organisation between two days (in either order). */
export function changeBetween(
  intervals: readonly MembershipInterval[],
  org: OrgId,
  iso3: string,
  from: Day,
  to: Day,
): ChangeResult {
  const [early, late] = from <= to ? [from, to] : [to, from];
  const before = statusAt(intervals, org, iso3, early).status;
  const after = statusAt(intervals, org, iso3, late).status;
  const steps = changesBetween(intervals, org, early, late).filter((c) => c.country === iso3);
  let category: ChangeCategory;
  if (!isIn(before) && isIn(after)) category = 'joined';
  else if (isIn(before) && !isIn(after)) category = 'left';
  else if (before !== after) category = 'status-changed';
  else category = isIn(after) ? 'unchanged-member' : 'unchanged-non-member';
  return { category, before, after, steps };
}

/** A one-line description of a change result for the table, e.g. "left (member → non-member)". */
export function describeChangeResult(r: ChangeResult): string {
  const word = CHANGE_WORDS[r.category];
  const between =
    r.steps.length > 1 || (r.steps.length === 1 && r.before === r.after)
      ? `; ${r.steps.length} changes in between`
      : '';
  if (r.before === r.after)
    return `${word}${r.before !== 'member' && r.before !== 'non-member' ? ` (${r.before})` : ''}${between}`;
  return `${word} (${r.before} → ${r.after})${between}`;
}

/** A one-line description of an overlap for the table, e.g. "only CIS (CIS: associate)". */
export function describeOverlap(r: OverlapResult, aName: string, bName: string): string {
  const word =
    r.category === 'both'
      ? 'both'
      : r.category === 'neither'
        ? 'neither'
        : `only ${r.category === 'only-a' ? aName : bName}`;
  const notes = [
    r.a !== 'member' && r.a !== 'non-member' ? `${aName}: ${r.a}` : null,
    r.b !== 'member' && r.b !== 'non-member' ? `${bName}: ${r.b}` : null,
  ].filter(Boolean);
  return notes.length ? `${word} (${notes.join('; ')})` : word;
}

/** How many states counted as in the organisation (see {@link IN_STATUSES}) in each year. */
export function membersPerYear(
  intervals: readonly MembershipInterval[],
  org: OrgId,
  iso3s: readonly string[],
  firstYear: number,
  today: Day,
): { year: number; members: number; full: number }[] {
  const lastYear = yearOf(today);
  const rows: { year: number; members: number; full: number }[] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    const day = referenceDay(year, today);
    const statuses = iso3s.map((iso) => statusAt(intervals, org, iso, day).status);
    rows.push({
      year,
      members: statuses.filter(isIn).length,
      full: statuses.filter((s) => s === 'member').length,
    });
  }
  return rows;
}
