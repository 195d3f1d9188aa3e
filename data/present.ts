/**
 * What the page says about a year: the class of each state, the legend's counts, and the
 * sentence the live region announces. Pure functions over the data.
 */
import {
  changesBetween,
  formatDay,
  referenceDay,
  statusAt,
  type Day,
  type StatusChange,
} from './membership';
import {
  IT,
  bodyOf,
  bodyOn,
  capitalise,
  describeChange,
  describeDatedChange,
  named,
  nameOn,
  statusPhrase,
} from './wording';
import type { MembershipInterval, Organisation } from './schema';
import type { Status } from './vocabulary';
import { STATUSES } from './vocabulary';

/** A state whose status or body differs between two days, with the steps in between. */
interface StateDifference {
  iso3: string;
  steps: StatusChange[];
}

/** How many states' lines an announcement lists before it summarises. */
const MAX_LINES = 4;

/**
 * The sentence the live region says when the map moves from one year to another: what is true at
 * the new year compared with the year shown before, in either direction and for jumps. A change
 * is reported as a change of the new year only when it took effect on or before the new year's
 * reference day; going back, a later change is said as undone ("2008: Georgia is again shown as
 * withdrawing from the CIS; its withdrawal took effect on 18 August 2009.").
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
  const bodyTo = bodyOn(org, to);
  if (!bodyTo) {
    const first = org.bodies[0]!;
    return `${toYear}: the ${first.name} (${first.shortName}) did not exist yet; it begins on ${formatDay(first.from)}.`;
  }
  if (fromYear === null || fromYear === toYear)
    return `${toYear}: ${bodyTo.shortName} membership on ${formatDay(to)}.`;
  const from = referenceDay(fromYear, today);
  if (!bodyOn(org, from)) {
    const first = org.bodies[0]!;
    return `${toYear}: there was no ${first.shortName} yet in ${fromYear}; on ${formatDay(to)}, ${rosterOf(intervals, org, to, nameOf)}.`;
  }
  const forward = from < to;
  const [lo, hi] = forward ? [from, to] : [to, from];
  const differences = statesThatDiffer(intervals, org, lo, hi);
  const lines: string[] = org.bodies
    .filter((b) => lo < b.from && b.from <= hi)
    .flatMap((b) => {
      const before = org.bodies.filter((p) => p.until === b.from).map((p) => `the ${p.shortName}`);
      if (before.length === 0) return [];
      const them = before.join(' and ');
      return forward
        ? [
            `${them} ${before.length > 1 ? 'were' : 'was'} succeeded by the ${b.shortName} (${formatDay(b.from)})`,
          ]
        : [
            `${them} ${before.length > 1 ? 'are' : 'is'} shown again; the ${b.shortName} succeeded ${before.length > 1 ? 'them' : 'it'} on ${formatDay(b.from)}`,
          ];
    });
  // One state's steps between the years: forward as they happened, backward as undone.
  const stepsLine = (iso3: string, steps: readonly StatusChange[]): string => {
    const name = nameOf(iso3);
    if (forward)
      return steps
        .map((c, i) => describeDatedChange(c, i === 0 ? named(name) : IT, org))
        .join('; ');
    const dated = steps.map((c) => `${describeChange(c, IT, org)} on ${formatDay(c.date)}`);
    return `${name} is again shown as ${phrase(iso3, to, false)}; ${listOf(dated)}`;
  };
  if (differences.length === 0 && lines.length === 0)
    return `${toYear}: no change in the ${bodyTo.shortName} since ${fromYear}.`;
  // What a state is shown as on a day, with the body of that day.
  const phrase = (iso3: string, day: Day, brief: boolean): string => {
    const { status, interval } = statusAt(intervals, org.id, iso3, day);
    const body = interval ? bodyOf(org, interval) : bodyOn(org, day);
    return body
      ? statusPhrase(status, body.shortName, brief)
      : `before the ${org.bodies[0]!.shortName} began`;
  };
  // States shown differently at the two years, and states that changed and changed back.
  const net = differences.filter(({ iso3 }) => phrase(iso3, from, true) !== phrase(iso3, to, true));
  const undone = differences.filter((d) => !net.includes(d));
  if (differences.length <= MAX_LINES) {
    for (const { iso3, steps } of differences) lines.push(stepsLine(iso3, steps));
  } else {
    if (net.length > MAX_LINES) {
      const list = net.map(
        ({ iso3 }) =>
          `${nameOf(iso3)}, ${phrase(iso3, to, true)} (${phrase(iso3, from, true)} in ${fromYear})`,
      );
      lines.push(`${net.length} states are shown differently from ${fromYear}: ${list.join('; ')}`);
    } else for (const { iso3, steps } of net) lines.push(stepsLine(iso3, steps));
    if (undone.length > 0)
      lines.push(
        `${listOf(undone.map(({ iso3 }) => nameOf(iso3)))} changed status in between and ${undone.length > 1 ? 'are' : 'is'} shown as in ${fromYear}`,
      );
  }
  return `${toYear}: ${lines.map(capitalise).join('. ')}.`;
}

/** The states with a change of status that took effect after `lo` and on or before `hi`. */
function statesThatDiffer(
  intervals: readonly MembershipInterval[],
  org: Organisation,
  lo: Day,
  hi: Day,
): StateDifference[] {
  const byState = new Map<string, StatusChange[]>();
  for (const c of changesBetween(intervals, org.id, lo, hi))
    byState.set(c.country, [...(byState.get(c.country) ?? []), c]);
  return [...byState].map(([iso3, steps]) => ({ iso3, steps }));
}

const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

/**
 * A day with its month abbreviated ("16 Mar 1994", "Mar 1994"), for narrow table cells. The
 * abbreviations are our own: `Intl`'s differ between ICU versions ("Sep" or "Sept").
 */
export function formatDayShort(day: Day, precision: 'day' | 'month' | 'year' = 'day'): string {
  const [year, month, date] = day.split('-');
  if (precision === 'year') return year!;
  const monthYear = `${MONTHS[Number(month) - 1]} ${year}`;
  return precision === 'month' ? monthYear : `${Number(date)} ${monthYear}`;
}

/**
 * A table cell: the status word first, then when it began and in which body. `format` writes
 * the days ({@link formatDayShort} where the cell is narrow).
 */
export function statusCell(
  intervals: readonly MembershipInterval[],
  org: Organisation,
  iso3: string,
  day: Day,
  format: typeof formatDay = formatDay,
): {
  status: Status;
  /** Since when, and in which body: `since` and `inBody` together. */
  detail: string;
  since: string;
  /** The body, where the line has several: ", CST" or "; in the CSTO since …"; or "". */
  inBody: string;
  interval: MembershipInterval | null;
} {
  const { status, interval } = statusAt(intervals, org.id, iso3, day);
  if (!interval) {
    const before =
      day < org.from
        ? `(the ${org.bodies[0]!.shortName} began ${format(org.bodies[0]!.from)})`
        : '';
    return { status, detail: before, since: before, inBody: '', interval };
  }
  const body = org.bodies.find((b) => b.id === interval.body);
  const first = continuousStart(intervals, interval);
  const since = `since ${format(first.from, first.fromPrecision)}`;
  const inBody =
    body && org.bodies.length > 1
      ? first === interval
        ? `, ${body.shortName}`
        : `; in the ${body.shortName} since ${format(interval.from, interval.fromPrecision)}`
      : '';
  return { status, detail: `${since}${inBody}`, since, inBody, interval };
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

/** "the CST's members are Armenia, Kazakhstan and Russia; its observers are …", for one day. */
function rosterOf(
  intervals: readonly MembershipInterval[],
  org: Organisation,
  day: Day,
  nameOf: (iso3: string) => string,
): string {
  const body = nameOn(org, day);
  const byStatus = new Map<Status, string[]>();
  for (const i of intervals)
    if (i.org === org.id && i.from <= day && (i.until === undefined || day < i.until))
      byStatus.set(i.status, [...(byStatus.get(i.status) ?? []), nameOf(i.country)]);
  const groups = STATUSES.filter((s) => byStatus.has(s)).map(
    (s) =>
      `${ROSTER_WORDS[s]}: ${listOf(byStatus.get(s)!.sort((a, b) => a.localeCompare(b, 'en')))}`,
  );
  return groups.length ? `the ${body} counts ${groups.join('; ')}` : `the ${body} has no members`;
}

const ROSTER_WORDS: Record<Status, string> = {
  member: 'as members',
  participating: 'as participating states',
  associate: 'as associate members',
  observer: 'as observers',
  suspended: 'with participation suspended',
  withdrawing: 'as withdrawing',
  'non-member': 'as non-members',
};

/** "A, B and C". */
function listOf(names: readonly string[]): string {
  return names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]!}`;
}
