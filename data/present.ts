/**
 * What the page says about a year in words: the sentence the live region announces when the year
 * changes, and a table cell (the status, since when, in which body). Pure functions over the data.
 */
import { formatDay, referenceDay, type Day } from './day';
import { changesBetween, statusAt, type StatusChange } from './membership';
import {
  IT,
  bodyOf,
  bodyOn,
  capitalise,
  changeWhen,
  describeChange,
  describeDatedChange,
  named,
  nameInSentence,
  nameOn,
  notYet,
  statusPhrase,
  successorName,
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
 * withdrawing from the CIS; its withdrawal took effect on 18 August 2009."). Before the line's
 * first body existed it says so ("1991: no Collective Security Treaty until 15 May 1992.").
 * `states` are the post-Soviet states the map shows (by default, every state in the record of
 * `org`); anyone else in the organisation (Iran, an EAEU observer) is named as such.
 */
export function announceYear(
  intervals: readonly MembershipInterval[],
  org: Organisation,
  fromYear: number | null,
  toYear: number,
  today: Day,
  nameOf: (iso3: string) => string,
  states: readonly string[] = statesOf(intervals, org),
): string {
  const to = referenceDay(toYear, today);
  const bodyTo = bodyOn(org, to);
  if (!bodyTo) return `${toYear}: ${notYet(org)}.`;
  if (fromYear === null || fromYear === toYear)
    return `${toYear}: ${bodyTo.shortName} membership on ${formatDay(to)}.`;
  const from = referenceDay(fromYear, today);
  if (!bodyOn(org, from))
    return `${toYear}: in ${fromYear} there was no ${nameInSentence(org.bodies[0]!)} yet (from ${formatDay(org.bodies[0]!.from)}). On ${formatDay(to)}, ${rosterOf(intervals, org, to, nameOf, states)}.`;
  const forward = from < to;
  const [lo, hi] = forward ? [from, to] : [to, from];
  const differences = statesThatDiffer(intervals, org, lo, hi);
  const lines: string[] = org.bodies
    .filter((b) => lo < b.from && b.from <= hi)
    .flatMap((b) => {
      const before = org.bodies.filter((p) => p.until === b.from).map((p) => `the ${p.shortName}`);
      if (before.length === 0) return [];
      const them = before.join(' and ');
      const next = successorName(org, b);
      return forward
        ? [
            `${them} ${before.length > 1 ? 'were' : 'was'} succeeded by the ${next} (${formatDay(b.from)})`,
          ]
        : [
            `${them} ${before.length > 1 ? 'are' : 'is'} shown again; the ${next} succeeded ${before.length > 1 ? 'them' : 'it'} on ${formatDay(b.from)}`,
          ];
    });
  // One state's steps between the years: forward as they happened, backward as undone.
  const stepsLine = (iso3: string, steps: readonly StatusChange[]): string => {
    const name = nameOf(iso3);
    if (forward)
      return steps
        .map((c, i) => describeDatedChange(c, i === 0 ? named(name) : IT, org))
        .join('; ');
    const dated = steps.map((c) => `${describeChange(c, IT, org)} ${changeWhen(c)}`);
    // Two steps read as one clause; more are told one by one.
    const undoneSteps = dated.length > 2 ? dated.join('; ') : listOf(dated);
    return `${name} is again shown as ${phrase(iso3, to, false)}; ${undoneSteps}`;
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
          `${nameOf(iso3)} is shown as ${phrase(iso3, to, true)} (in ${fromYear}, ${phrase(iso3, from, true)})`,
      );
      lines.push(`shown differently from ${fromYear}: ${list.join('; ')}`);
    } else for (const { iso3, steps } of net) lines.push(stepsLine(iso3, steps));
    if (undone.length > 0) lines.push(sameInBoth(undone, fromYear, toYear, phrase, to, nameOf));
  }
  return `${toYear}: ${lines.map(capitalise).join('. ')}.`;
}

/**
 * The states whose status changed and changed back between the two years, grouped by the status
 * they have in both: "Azerbaijan and Kazakhstan are members of the CIS in both 1991 and 2026, and
 * Georgia is outside the CIS in both years, though their status changed in between".
 */
function sameInBoth(
  undone: readonly StateDifference[],
  fromYear: number,
  toYear: number,
  phrase: (iso3: string, day: Day, brief: boolean) => string,
  to: Day,
  nameOf: (iso3: string) => string,
): string {
  const groups = new Map<string, string[]>();
  for (const { iso3 } of undone) {
    const p = phrase(iso3, to, true);
    groups.set(p, [...(groups.get(p) ?? []), nameOf(iso3)]);
  }
  for (const names of groups.values()) names.sort((a, b) => a.localeCompare(b, 'en'));
  const [lo, hi] = fromYear < toYear ? [fromYear, toYear] : [toYear, fromYear];
  const parts = [...groups].map(([p, names], i) => {
    const years = i === 0 ? `in both ${lo} and ${hi}` : 'in both years';
    return names.length > 1
      ? `${listOf(names)} are ${plural(p)} ${years}`
      : `${names[0]!} is ${p} ${years}`;
  });
  const their = undone.length > 1 ? 'their' : 'its';
  return `${parts.join(', and ')}, though ${their} status changed in between`;
}

/** A status phrase for several states: "a member of the CIS" → "members of the CIS". */
function plural(phrase: string): string {
  return phrase
    .replace(/^a member /, 'members ')
    .replace(/^an associate member /, 'associate members ')
    .replace(/^an observer /, 'observers ')
    .replace(
      /^a member of (.*) with its participation suspended$/,
      'members of $1 with their participation suspended',
    );
}

/** Every state in the record of an organisation, for a roster when the caller names none. */
function statesOf(intervals: readonly MembershipInterval[], org: Organisation): string[] {
  return [...new Set(intervals.filter((i) => i.org === org.id).map((i) => i.country))];
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

/** A cell's status: the record's, or `before` when the line's first body did not exist yet. */
export type CellStatus = Status | 'before';

/**
 * A table cell: the status word first, then when it began and in which body. `format` writes
 * the days (`formatDayShort` of day.ts where the cell is narrow). Before the line's first body
 * existed the word is `before` and the detail names the body and its first day ("before the CST,
 * from 15 May 1992"), not "non-member".
 */
export function statusCell(
  intervals: readonly MembershipInterval[],
  org: Organisation,
  iso3: string,
  day: Day,
  format: typeof formatDay = formatDay,
): {
  status: CellStatus;
  /** Since when, and in which body: `since` and `inBody` together. */
  detail: string;
  since: string;
  /** The body, where the line has several: ", CST" or "; in the CSTO since …"; or "". */
  inBody: string;
  interval: MembershipInterval | null;
} {
  const { status, interval } = statusAt(intervals, org.id, iso3, day);
  if (!interval) {
    if (day < org.bodies[0]!.from) {
      const first = org.bodies[0]!;
      const before = `the ${first.shortName}, from ${format(first.from)}`;
      return { status: 'before', detail: before, since: before, inBody: '', interval };
    }
    return { status, detail: '', since: '', inBody: '', interval };
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

/**
 * Who is in a line's body on a day, in plain words: "the members of the CSTO are Belarus,
 * Kazakhstan, Kyrgyzstan, Russia and Tajikistan; Armenia's participation is suspended; outside it
 * are Azerbaijan, …". Every state of `states` is named; anyone else in the record (Iran, an
 * observer of the EAEU) is named as not a post-Soviet state.
 */
function rosterOf(
  intervals: readonly MembershipInterval[],
  org: Organisation,
  day: Day,
  nameOf: (iso3: string) => string,
  states: readonly string[],
): string {
  const body = nameOn(org, day);
  const others = [
    ...new Set(
      intervals
        .filter((i) => i.org === org.id && !states.includes(i.country))
        .map((i) => i.country),
    ),
  ];
  const byStatus = new Map<Status, string[]>();
  for (const iso3 of [...states, ...others]) {
    const { status } = statusAt(intervals, org.id, iso3, day);
    if (status === 'non-member' && others.includes(iso3)) continue;
    const name = others.includes(iso3) ? `${nameOf(iso3)} (not a post-Soviet state)` : nameOf(iso3);
    byStatus.set(status, [...(byStatus.get(status) ?? []), name]);
  }
  const groups = STATUSES.filter((s) => byStatus.has(s)).map((s, i) =>
    rosterGroup(
      s,
      byStatus.get(s)!.sort((a, b) => a.localeCompare(b, 'en')),
      i === 0 ? body : null,
    ),
  );
  if (!STATUSES.some((s) => s !== 'non-member' && byStatus.has(s)))
    return [`the ${body} has no members`, ...groups].join('; ');
  return groups.join('; ');
}

/**
 * One status's states in a roster: "the members of the CST are A and B", "A is an observer". The
 * first group names the body (`body`); the later ones have it from the first.
 */
function rosterGroup(status: Status, names: readonly string[], body: string | null): string {
  const list = listOf(names);
  const one = names.length === 1;
  const of = body ? ` of the ${body}` : '';
  const from = body ? ` from the ${body}` : '';
  switch (status) {
    case 'member':
      return one ? `the only member${of} is ${list}` : `the members${of} are ${list}`;
    case 'participating':
      return `${list} ${one ? 'takes' : 'take'} part${body ? ` in the ${body}` : ''} without having ratified its charter`;
    case 'associate':
      return one ? `${list} is an associate member${of}` : `${list} are associate members${of}`;
    case 'observer':
      return one ? `${list} is an observer${of}` : `${list} are observers${of}`;
    case 'suspended':
      return one
        ? `${named(list).possessive} participation${body ? ` in the ${body}` : ''} is suspended`
        : `the participation of ${list}${body ? ` in the ${body}` : ''} is suspended`;
    case 'withdrawing':
      return `${list} ${one ? 'is' : 'are'} withdrawing${from}`;
    case 'non-member':
      return `outside it ${one ? 'is' : 'are'} ${list}`;
  }
}

/** "A, B and C". */
function listOf(names: readonly string[]): string {
  return names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]!}`;
}
