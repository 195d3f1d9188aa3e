/**
 * The panels of the view model: the table, the change list, the numbers and the chart (a country's
 * panel is in country.ts, the articles' analysis in analysis.ts). Each is given the reference day
 * of the year shown, worked out once by atlasView.
 */
import {
  FIRST_YEAR,
  formatDay,
  formatDayShort,
  referenceDay,
  referenceDayPhrase,
  type Day,
  yearOf,
} from '@/data/day';
import type { AtlasData } from '@/data/records';
import { isIn, membersPerYear } from '@/data/compare';
import { changesBetween, statusAt } from '@/data/membership';
import { continuousStart, statusCell } from '@/data/present';
import { otherReadingsAt } from '@/data/readings';
import type { Country, Organisation, Source } from '@/data/schema';
import type { AtlasUrlState } from '@/data/url-state';
import type { Status } from '@/data/vocabulary';
import {
  capitalise,
  changeDate,
  describeChange,
  named,
  nameOn,
  namesBetween,
  notYet,
} from '@/data/wording';
import type { MapModel } from './map-model';
import { memo, nameIn, orgOf, postSovietStates } from './shared';
import type { ChangeListView, ChartView, LandAreas, StatsView, TableView } from './types';

/** Every post-Soviet state's status in every organisation on `day`, with the sources as notes. */
export function tableView(
  state: AtlasUrlState,
  day: Day,
  data: AtlasData,
  states: readonly Country[],
  comparison: MapModel | null,
): TableView {
  // Each source is a footnote, numbered in reading order (row by row), listed once.
  const notes: Source[] = [];
  const noteOf = (source: Source | undefined): number | null => {
    if (!source) return null;
    const key = sourceKey(source);
    const at = notes.findIndex((n) => sourceKey(n) === key);
    if (at >= 0) return at + 1;
    notes.push(source);
    return notes.length;
  };
  const rows = states.map((c) => ({
    iso3: c.iso3,
    name: c.name,
    cells: data.organisations.map((o) => {
      const cell = statusCell(data.memberships, o, c.iso3, day, formatDayShort);
      // The statuses other sources read it as on the day (a † in the table, a CSV column).
      const readAs = cell.interval
        ? [...new Set(otherReadingsAt(cell.interval, day).map((a) => a.status!))]
        : [];
      return {
        org: o.id,
        status: cell.status,
        detail: cell.since,
        inBody: cell.inBody,
        source: cell.interval?.source ?? null,
        note: noteOf(cell.interval?.source),
        disputed: readAs.length > 0,
        readAs,
      };
    }),
  }));
  return {
    year: state.year,
    caption: `Membership of the post-Soviet states in ${state.year} (status on ${referenceDayPhrase(state.year, data.today, data.meta.checkedOn)})`,
    columns: data.organisations.map((o) => {
      const heading = nameOn(o, day);
      return { org: o.id, heading, later: heading === o.shortName ? null : o.shortName };
    }),
    rows,
    notes,
    comparison:
      comparison?.comparison != null
        ? {
            heading: `Comparison: ${comparison.title}`,
            cells: Object.fromEntries(states.map((c) => [c.iso3, comparison.comparison!(c.iso3)])),
          }
        : null,
  };
}

/** What makes two sources the same footnote. */
function sourceKey(s: Source): string {
  return [s.title, s.url ?? '', s.publisher ?? '', s.date ?? '', s.citation ?? ''].join('\u0000');
}

/** What changed in the layer between the year `since` and the year shown (on `day`), in order. */
export function changeListView(
  state: AtlasUrlState,
  day: Day,
  data: AtlasData,
): ChangeListView | null {
  if (state.since === null || state.compare !== null) return null;
  const org = orgOf(data, state.layer);
  const sinceDay = referenceDay(state.since, data.today);
  const earlier = state.since <= state.year;
  const [a, b] = earlier ? [state.since, state.year] : [state.year, state.since];
  const [lo, hi] = earlier ? [sinceDay, day] : [day, sinceDay];
  const changes = changesBetween(data.memberships, org.id, lo, hi);
  const current = yearOf(data.today);
  return {
    heading: `Changes in ${namesBetween(org, lo, hi)}, ${a} to ${b}`,
    empty:
      changes.length === 0
        ? `No change between the end of ${a} and ${b === current ? 'today' : `the end of ${b}`}.`
        : null,
    items: changes.map((c) => ({
      key: `${c.country}${c.date}${c.after}`,
      iso3: c.country,
      date: c.date,
      when: changeDate(c),
      text: describeChange(c, named(nameIn(data, c.country)), org),
      source: c.interval.source,
    })),
  };
}

/**
 * The states outside the fifteen that the record has in an organisation on a day, with their
 * status, since when and the source (Iran, an observer of the EAEU from 26 December 2024).
 */
export function outsideStates(
  org: Organisation,
  day: string,
  data: AtlasData,
  isos: readonly string[],
): StatsView['others'] {
  const outside = data.memberships.filter((i) => i.org === org.id && !isos.includes(i.country));
  return [...new Set(outside.map((i) => i.country))].flatMap((iso) => {
    const { status, interval } = statusAt(data.memberships, org.id, iso, day);
    if (!interval || status === 'non-member') return [];
    const first = continuousStart(data.memberships, interval);
    const since = formatDay(first.from, first.fromPrecision);
    return [{ name: nameIn(data, iso), status, since, source: interval.source }];
  });
}

/**
 * An organisation in numbers on `day`, the reference day of `year`: how many of the states `isos`
 * are in it, out of how many, and (once `areas` are known) their combined land area.
 */
export function statsView(
  org: Organisation,
  year: number,
  day: Day,
  data: AtlasData,
  isos: readonly string[],
  areas: LandAreas | null,
): StatsView {
  const statuses = isos.map((iso) => [iso, statusAt(data.memberships, org.id, iso, day).status]);
  const members = statuses.filter(([, s]) => isIn(s as Status)).map(([iso]) => iso as string);
  const others = outsideStates(org, day, data, isos);
  return {
    orgName: nameOn(org, day),
    year,
    members,
    full: statuses.filter(([, s]) => s === 'member').length,
    of: isos.length,
    area: areas && members.reduce((sum, iso) => sum + (areas[iso] ?? 0), 0),
    notYet: day < org.bodies[0]!.from ? capitalise(notYet(org)) : null,
    others,
  };
}

/** Every organisation's members year by year, for the chart; made once per data. */
export const chartView = memo((data: AtlasData): ChartView => {
  const isos = postSovietStates(data).map((c) => c.iso3);
  const last = yearOf(data.today);
  const years = Array.from({ length: last - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);
  return {
    series: data.organisations.map((o) => ({
      org: o.id,
      line: o.line,
      rows: membersPerYear(data.memberships, o.id, isos, FIRST_YEAR, data.today),
      firstYear: years.find((y) => referenceDay(y, data.today) >= o.bodies[0]!.from) ?? last,
      names: Object.fromEntries(years.map((y) => [y, nameOn(o, referenceDay(y, data.today))])),
    })),
    changes: Object.fromEntries(
      years.map((y) => [
        y,
        data.organisations.flatMap((o) =>
          changesBetween(
            data.memberships,
            o.id,
            referenceDay(y - 1, data.today),
            referenceDay(y, data.today),
          ).map((c) => describeChange(c, named(nameIn(data, c.country)), o)),
        ),
      ]),
    ),
  };
});
