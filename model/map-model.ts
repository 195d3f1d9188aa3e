/**
 * What one map shows: the status of each state in one organisation, the overlap of two
 * organisations, or the change in one organisation between two years. A pure view model: the
 * class of each state, the colours and patterns of the classes, the legend, the tooltip and the
 * table's comparison cell.
 */
import {
  CHANGE_CATEGORIES,
  OVERLAP_CATEGORIES,
  changeBetween,
  describeChangeResult,
  describeOverlap,
  overlapAt,
} from '@/data/compare';
import { referenceDay } from '@/data/day';
import { statusAt } from '@/data/membership';
import { otherReadingsAt } from '@/data/readings';
import type { MembershipInterval, Organisation } from '@/data/schema';
import { STATUSES, type OrgId } from '@/data/vocabulary';
import {
  bodyOf,
  capitalise,
  mapTitle,
  namesBetween,
  nameOn,
  notYet,
  statusPhrase,
} from '@/data/wording';
import { OKABE_ITO, OUTSIDE_COLOR, STATUS_STYLES, type ClassStyle } from './palette';

export type MapSpec =
  | { kind: 'status'; org: OrgId; year: number }
  | { kind: 'overlap'; a: OrgId; b: OrgId; year: number }
  | { kind: 'change'; org: OrgId; since: number; year: number };

export interface MapModel {
  /** A short title, e.g. "CIS and CSTO in 2015". */
  title: string;
  classes: Record<string, string>;
  styles: Record<string, ClassStyle>;
  /** Legend entries in order, with counts; empty classes left out. */
  legend: { key: string; style: ClassStyle; count: number }[];
  /** The tooltip line for a post-Soviet state. */
  describe: (iso3: string, name: string) => string;
  /** The table's "Comparison" cell, when this is a comparison. */
  comparison: ((iso3: string) => string) | null;
  /**
   * The states whose status another source reads otherwise on the day, by ISO3 (a status map
   * only: an overlap or a change is read from the record's statuses).
   */
  marked: readonly string[];
}

const QUALIFIED = 'dots' as const;

function overlapStyles(a: string, b: string): Record<string, ClassStyle> {
  const base: Record<string, ClassStyle> = {
    both: { color: OKABE_ITO.blue, label: `Both ${a} and ${b}` },
    'only-a': { color: OKABE_ITO.orange, label: `Only ${a}` },
    'only-b': { color: OKABE_ITO.green, label: `Only ${b}` },
    neither: { color: OUTSIDE_COLOR, label: 'Neither' },
  };
  const styles: Record<string, ClassStyle> = {};
  for (const [k, s] of Object.entries(base)) {
    styles[k] = s;
    styles[`${k}~`] = {
      color: s.color,
      pattern: QUALIFIED,
      label: `${s.label}, with a status other than member (associate, suspended, observer…)`,
    };
  }
  return styles;
}

function changeStyles(since: number, year: number): Record<string, ClassStyle> {
  const base: Record<string, ClassStyle> = {
    joined: { color: OKABE_ITO.green, label: `Joined between ${since} and ${year}` },
    left: { color: OKABE_ITO.vermillion, label: `Left between ${since} and ${year}` },
    'status-changed': {
      color: OKABE_ITO.purple,
      pattern: 'diagonal',
      label: 'Status changed (e.g. member to suspended)',
    },
    'unchanged-member': { color: OKABE_ITO.blue, label: 'Unchanged member' },
    'unchanged-non-member': { color: OUTSIDE_COLOR, label: 'Unchanged non-member' },
  };
  // A state whose status moved more than once between the years, said in plain words.
  const turbulent: Record<string, string> = {
    'unchanged-member': `Member in ${since} and ${year}, with another status in between`,
    'unchanged-non-member': `Outside in ${since} and ${year}, but in it for a time in between`,
    joined: `Joined between ${since} and ${year}, by way of another status`,
    left: `Left between ${since} and ${year}, by way of another status (e.g. withdrawing)`,
  };
  const styles: Record<string, ClassStyle> = { ...base };
  for (const [k, label] of Object.entries(turbulent))
    styles[`${k}~`] = { color: base[k]!.color, pattern: QUALIFIED, label };
  return styles;
}

function legendOf(
  classes: Record<string, string>,
  styles: Record<string, ClassStyle>,
  order: readonly string[],
): MapModel['legend'] {
  const counts = new Map<string, number>();
  for (const c of Object.values(classes)) counts.set(c, (counts.get(c) ?? 0) + 1);
  return order
    .filter((k) => counts.has(k))
    .map((k) => ({ key: k, style: styles[k]!, count: counts.get(k)! }));
}

/**
 * A status map of a year before the organisation's first body existed: every state grey, in a
 * class of its own that names the body and its first day ("No Collective Security Treaty until
 * 15 May 1992"), never "non-member" of a body that did not exist.
 */
function beforeModel(
  org: Organisation,
  year: number,
  day: string,
  iso3s: readonly string[],
): MapModel {
  const classes = Object.fromEntries(iso3s.map((iso) => [iso, 'before']));
  const styles = {
    ...STATUS_STYLES,
    before: { ...STATUS_STYLES.before, label: capitalise(notYet(org)) },
  };
  return {
    title: mapTitle(org, year, day),
    classes,
    styles,
    legend: legendOf(classes, styles, ['before']),
    describe: (_iso, name) => `${name}: ${notYet(org)} (${year})`,
    comparison: null,
    marked: [],
  };
}

/** The view model of one map. */
export function mapModel(
  spec: MapSpec,
  intervals: readonly MembershipInterval[],
  organisations: readonly Organisation[],
  iso3s: readonly string[],
  today: string,
): MapModel {
  const orgOf = (id: OrgId): Organisation =>
    organisations.find((o) => o.id === id) ?? organisations[0]!;
  const day = referenceDay(spec.year, today);
  // The body that existed on the day: the CST in 1995, the CSTO in 2005.
  const short = (id: OrgId, on: string = day): string => nameOn(orgOf(id), on);
  if (spec.kind === 'status') {
    const org = orgOf(spec.org);
    if (day < org.bodies[0]!.from) return beforeModel(org, spec.year, day, iso3s);
    const statuses = Object.fromEntries(
      iso3s.map((iso) => [iso, statusAt(intervals, spec.org, iso, day)]),
    );
    const classes = Object.fromEntries(Object.entries(statuses).map(([iso, s]) => [iso, s.status]));
    const marked = iso3s.filter((iso) => {
      const interval = statuses[iso]?.interval;
      return interval ? otherReadingsAt(interval, day).length > 0 : false;
    });
    return {
      title: mapTitle(org, spec.year, day),
      classes,
      styles: STATUS_STYLES,
      legend: legendOf(classes, STATUS_STYLES, STATUSES),
      describe: (iso, name) => {
        const s = statuses[iso];
        const body = s?.interval ? bodyOf(org, s.interval).shortName : short(spec.org);
        const read = marked.includes(iso) ? '; another source reads it otherwise' : '';
        return `${name}: ${statusPhrase(s?.status ?? 'non-member', body)} (${spec.year})${read}`;
      },
      comparison: null,
      marked,
    };
  }
  if (spec.kind === 'overlap') {
    const results = Object.fromEntries(
      iso3s.map((iso) => [iso, overlapAt(intervals, spec.a, spec.b, iso, day)]),
    );
    const classes = Object.fromEntries(
      Object.entries(results).map(([iso, r]) => [iso, r.qualified ? `${r.category}~` : r.category]),
    );
    const styles = overlapStyles(short(spec.a), short(spec.b));
    const cell = (iso: string): string =>
      results[iso] ? describeOverlap(results[iso], short(spec.a), short(spec.b)) : '';
    return {
      title: `${short(spec.a)} and ${short(spec.b)} in ${spec.year}`,
      classes,
      styles,
      legend: legendOf(
        classes,
        styles,
        OVERLAP_CATEGORIES.flatMap((c) => [c, `${c}~`]),
      ),
      describe: (iso, name) => `${name}: ${cell(iso)} (${spec.year})`,
      comparison: cell,
      marked: [],
    };
  }
  // A change is read from the earlier year to the later, whichever of the two is `since`.
  const [early, late] = spec.since <= spec.year ? [spec.since, spec.year] : [spec.year, spec.since];
  const earlyDay = referenceDay(early, today);
  const lateDay = referenceDay(late, today);
  const results = Object.fromEntries(
    iso3s.map((iso) => [iso, changeBetween(intervals, spec.org, iso, earlyDay, lateDay)]),
  );
  const classes = Object.fromEntries(
    Object.entries(results).map(([iso, r]) => {
      const turbulent =
        r.category !== 'status-changed' &&
        r.steps.length > (r.category === 'joined' || r.category === 'left' ? 1 : 0);
      return [iso, turbulent ? `${r.category}~` : r.category];
    }),
  );
  const styles = changeStyles(early, late);
  const cell = (iso: string): string => (results[iso] ? describeChangeResult(results[iso]) : '');
  const [a, b] = [short(spec.org, earlyDay), short(spec.org, lateDay)];
  const line = namesBetween(orgOf(spec.org), earlyDay, lateDay);
  return {
    title: a === b ? `${a}, ${early} to ${late}` : `${a} in ${early} to ${b} in ${late}`,
    classes,
    styles,
    legend: legendOf(
      classes,
      styles,
      CHANGE_CATEGORIES.flatMap((c) => [c, `${c}~`]),
    ),
    describe: (iso, name) => `${name}: ${cell(iso)} in ${line}, ${early} to ${late}`,
    comparison: cell,
    marked: [],
  };
}
