/**
 * The words the atlas uses for statuses and changes, naming the body that existed on the date in
 * question: in 1993 Azerbaijan joined the Collective Security Treaty, not the CSTO (2002–2003); in
 * 1996 Kyrgyzstan joined the 1995 Customs Union, not the EAEU (2015). A succession (EurAsEC ending,
 * the EAEU beginning) is said as such, never as leaving and joining.
 */
import { formatDay, type Day } from './day';
import type { StatusChange } from './membership';
import type { Body, MembershipInterval, Organisation } from './schema';
import type { Status } from './vocabulary';

/**
 * The body of an organisation's line that existed on a day: the first in the record's order that
 * covers it (EurAsEC before the 2010 Customs Union, which ran inside it), or `undefined` before the
 * line began.
 */
export function bodyOn(org: Organisation, day: Day): Body | undefined {
  return org.bodies.find((b) => b.from <= day && (b.until === undefined || day < b.until));
}

/** The body an interval belongs to (the record checks that it exists). */
export function bodyOf(org: Organisation, interval: Pick<MembershipInterval, 'body'>): Body {
  return org.bodies.find((b) => b.id === interval.body) ?? org.bodies[0]!;
}

/** The short name to use for an organisation on a day: "CST" in 1995, "CSTO" in 2005. */
export function nameOn(org: Organisation, day: Day): string {
  return (bodyOn(org, day) ?? org.bodies[0]!).shortName;
}

/** The body that took over when `body` ended, if the line has one starting that day. */
function successorOf(org: Organisation, body: Body): Body | undefined {
  return body.until === undefined ? undefined : org.bodies.find((b) => b.from === body.until);
}

/**
 * A body's name where a succession is told: its short name, or its full name when an earlier
 * body of the line had the same short name (the GUAM of 2006, the Organization for Democracy and
 * Economic Development – GUAM, is not the GUAM forum of 1997 come back).
 */
export function successorName(org: Organisation, body: Body): string {
  const repeated = org.bodies.some((b) => b.from < body.from && b.shortName === body.shortName);
  return repeated ? body.name : body.shortName;
}

/**
 * What the map says before the first body of a line existed, from the record's first body:
 * "no Collective Security Treaty until 15 May 1992".
 */
export function notYet(org: Organisation): string {
  const first = org.bodies[0]!;
  return `no ${nameInSentence(first)} until ${formatDay(first.from)}`;
}

/**
 * A body's full name inside a sentence, closed by a comma when it has one of its own ("Customs
 * Union of Belarus and Russia, joined by Kazakhstan, Kyrgyzstan and Tajikistan, until …").
 */
export function nameInSentence(body: Body): string {
  return body.name.includes(',') ? `${body.name},` : body.name;
}

/** The document title of a view: "EAEU in 2019 — CIS Atlas" (the page's metadata, the tab). */
export function documentTitle(viewTitle: string): string {
  return `${viewTitle} — CIS Atlas`;
}

/**
 * A status map's title: "CSTO in 2009", or before the line's first body existed "No CST yet in
 * 1991" (never "CST in 1991"). `day` is the year's reference day.
 */
export function mapTitle(org: Organisation, year: number, day: Day): string {
  const first = org.bodies[0]!;
  return day < first.from
    ? `No ${first.shortName} yet in ${year}`
    : `${nameOn(org, day)} in ${year}`;
}

/**
 * The date of a change as precisely as the record knows it: "18 August 2009", "May 2009" (a
 * withdrawal whose day of receipt was not found), "2015". The date of a change to non-member is
 * the end of the interval that ended; of any other change, the start of the interval that began.
 */
export function changeDate(change: Pick<StatusChange, 'after' | 'date' | 'interval'>): string {
  return formatDay(change.date, changePrecision(change));
}

/** The date of a change after a preposition: "on 18 August 2009", "in May 2009". */
export function changeWhen(change: Pick<StatusChange, 'after' | 'date' | 'interval'>): string {
  return `${changePrecision(change) === 'day' ? 'on' : 'in'} ${changeDate(change)}`;
}

function changePrecision(
  change: Pick<StatusChange, 'after' | 'date' | 'interval'>,
): MembershipInterval['fromPrecision'] {
  const { interval } = change;
  const ended = change.after === 'non-member' && interval.until === change.date;
  return ended ? interval.untilPrecision : interval.fromPrecision;
}

/**
 * The words for starting to withdraw, from the legal step the record dates it by (the milestone
 * on the interval's first day): an announcement, a notice to the depositary, or a decision, said
 * with who took it when the milestone names them ("Government approves…", "Parliament…",
 * "Presidential decree…").
 */
function withdrawalStart(interval: MembershipInterval, subject: Subject, b: string): string {
  const { name: s, possessive: p } = subject;
  const step = interval.milestones.find((m) => m.date === interval.from);
  if (step?.kind === 'notified') return `${s} gave notice of its withdrawal from the ${b}`;
  if (step?.kind === 'decided') {
    if (/^government\b/i.test(step.what))
      return `${p} government approved its withdrawal from the ${b}`;
    if (/^parliament\b/i.test(step.what))
      return `${p} parliament resolved to withdraw from the ${b}`;
    if (/^president/i.test(step.what)) return `${p} president decreed its withdrawal from the ${b}`;
    return `${s} decided to withdraw from the ${b}`;
  }
  return `${s} announced its withdrawal from the ${b}`;
}

/**
 * A status as a phrase after "is" / "was": "a member of the CIS", "participating in the CIS",
 * "outside the CSTO".
 */
export function statusPhrase(status: Status, bodyName: string, brief = false): string {
  switch (status) {
    case 'member':
      return `a member of the ${bodyName}`;
    case 'participating':
      return brief
        ? `participating in the ${bodyName}`
        : `participating in the ${bodyName} without having ratified its charter`;
    case 'associate':
      return `an associate member of the ${bodyName}`;
    case 'observer':
      return `an observer of the ${bodyName}`;
    case 'suspended':
      return `a member of the ${bodyName} with its participation suspended`;
    case 'withdrawing':
      return `withdrawing from the ${bodyName}`;
    case 'non-member':
      return `outside the ${bodyName}`;
  }
}

/** The subject of a change sentence: the state's name, or "it" when the name was just said. */
export interface Subject {
  name: string;
  possessive: string;
}

/** The state named in full: "Georgia", "Georgia's". */
export function named(name: string): Subject {
  return { name, possessive: name.endsWith('s') ? `${name}'` : `${name}'s` };
}

/** The state already named: "it", "its". */
export const IT: Subject = { name: 'it', possessive: 'its' };

/**
 * A sentence (without the date) for one change, naming the body of the interval that began or
 * ended: "Georgia's withdrawal from the CIS took effect", "Tajikistan did not join the EAEU when
 * EurAsEC was dissolved".
 */
export function describeChange(
  change: Pick<StatusChange, 'before' | 'after' | 'date' | 'interval'>,
  subject: Subject,
  org: Organisation,
): string {
  const { before, after, date } = change;
  const body = bodyOf(org, change.interval);
  const b = body.shortName;
  const { name: s, possessive: p } = subject;
  if (after === 'non-member') {
    if (body.until === date) {
      const next = successorOf(org, body);
      const role = before === 'observer' ? `${p} observer status ended` : `${p} membership ended`;
      return next
        ? `${role} when the ${b} was succeeded by the ${successorName(org, next)}, which ${s} did not join then`
        : `${role} when the ${b} was dissolved`;
    }
    if (before === 'withdrawing') return `${p} withdrawal from the ${b} took effect`;
    if (before === 'observer') return `${s} ceased to be an observer of the ${b}`;
    if (before === 'participating') return `${s} ceased to participate in the ${b}`;
    return `${s} left the ${b}`;
  }
  switch (after) {
    case 'member':
      if (before === 'suspended') return `${s} resumed full participation in the ${b}`;
      if (before === 'withdrawing') return `${s} withdrew its notice and stayed in the ${b}`;
      if (before === 'non-member') return `${s} joined the ${b}`;
      if (before === 'participating') return `${s} became a full member of the ${b}`;
      return `${s} became a member of the ${b}`;
    case 'participating':
      if (before === 'member')
        return `${s} was counted as participating in the ${b}, not having ratified the ${b} Charter when it entered into force`;
      return `${s} took part in the ${b} without ratifying its charter`;
    case 'associate':
      return `${s} became an associate member of the ${b}`;
    case 'observer':
      return `${s} became an observer of the ${b}`;
    case 'suspended':
      return `${p} participation in the ${b} was suspended`;
    case 'withdrawing':
      return withdrawalStart(change.interval, subject, b);
  }
}

/**
 * "Georgia's withdrawal from the CIS took effect (18 August 2009)", "Georgia's withdrawal from the
 * CIS air defence took effect (May 2009)": the date as precisely as the record knows it.
 */
export function describeDatedChange(
  change: StatusChange,
  subject: Subject,
  org: Organisation,
): string {
  return `${describeChange(change, subject, org)} (${changeDate(change)})`;
}

/** Capitalises the first letter of a sentence. */
export function capitalise(sentence: string): string {
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/**
 * The bodies of a line that existed at some time from `lo` to `hi`, in order, for headings that
 * span years: "the CST and the CSTO" for 1995 to 2020.
 */
function bodiesBetween(org: Organisation, lo: Day, hi: Day): Body[] {
  const days = [lo, ...org.bodies.map((b) => b.from).filter((d) => lo < d && d <= hi)];
  const found = days.map((d) => bodyOn(org, d)).filter((b): b is Body => b !== undefined);
  return [...new Set(found)];
}

/** "the CST and the CSTO", "the CIS": the bodies of a line over a span, for a heading. */
export function namesBetween(org: Organisation, lo: Day, hi: Day): string {
  const names = bodiesBetween(org, lo, hi).map((b) => `the ${b.shortName}`);
  if (names.length === 0) return `the ${org.bodies[0]!.shortName}`;
  return names.length === 1
    ? names[0]!
    : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]!}`;
}
