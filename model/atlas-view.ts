/**
 * The atlas page as a pure function of (URL state, records, today): the maps' classes, the legends
 * with the names of the states in each class, the table's rows, the change list, the numbers, the
 * chart, the selected country and the live region's sentence. Components only render what this
 * returns; nothing else derives a status. (OWID's headless grapher state is the model; a page
 * shell that derives fifteen values itself is the thing to avoid.)
 */
import type { AtlasData } from '@/data/records';
import { citedPath } from '@/data/cite';
import { eventsInYear } from '@/data/analysis';
import { FIRST_YEAR, formatDay, referenceDay, yearOf } from '@/data/day';
import { changeYears } from '@/data/membership';
import { announceYear } from '@/data/present';
import type { AtlasUrlState } from '@/data/url-state';
import { mapModel } from './map-model';
import { mapSpecs, pane } from './panes';
import { presenceView } from './presence';
import { changeListView, chartView, countryView, statsView, tableView } from './panels';
import { nameIn, once, orgOf, postSovietStates, underReading } from './shared';
import type { AtlasView } from './types';

/** Everything the atlas page shows for a state of the URL. */
export function atlasView(state: AtlasUrlState, record: AtlasData): AtlasView {
  // Under a named reading of the layer, everything the page shows counts that way.
  const data = underReading(record, state.layer, state.reading);
  const currentYear = yearOf(data.today);
  const states = postSovietStates(data);
  const isos = states.map((c) => c.iso3);
  const org = orgOf(data, state.layer);
  const specs = mapSpecs(state);
  const split = specs.length === 2;
  // The events dotted on the maps: those of the year shown, with a place.
  const dotted = eventsInYear(data.events, state.year).filter((e) => e.place);
  const dottedNames = dotted.map((e) => `${e.title} (${e.place!.name})`);
  // A map under a named reading says so in its title, legend, figure and citation.
  const reading = org.readings.find((r, i) => i > 0 && r.id === state.reading);
  const suffix = reading ? `, ${reading.name[0]!.toLowerCase()}${reading.name.slice(1)}` : '';
  const panes = specs.map((s, i) => {
    const p = pane(s, i === 0 ? 'map-main' : 'map-second', split, data, states, dottedNames);
    return suffix
      ? {
          ...p,
          title: p.title + suffix,
          label: p.label + suffix,
          legend: { ...p.legend, title: p.legend.title + suffix },
        }
      : p;
  }) as unknown as AtlasView['panes'];
  const comparison =
    specs.length === 1 && specs[0].kind !== 'status'
      ? mapModel(specs[0], data.memberships, data.organisations, isos, data.today)
      : null;
  const compareOrg = state.compare ? orgOf(data, state.compare) : null;
  return {
    year: state.year,
    currentYear,
    day: referenceDay(state.year, data.today),
    org,
    states,
    panes,
    table: tableView(state, data, states, comparison),
    changeList: changeListView(state, data),
    stats: [org, ...(compareOrg ? [compareOrg] : [])].map((o) =>
      statsView(o, state.year, data, isos),
    ),
    chart: chartView(data, isos),
    layers: once(data, 'layers', () =>
      data.organisations.map((o) => ({
        id: o.id,
        label: o.shortName,
        title: o.name,
        group: o.group,
      })),
    ),
    readings:
      org.readings.length > 1
        ? {
            options: org.readings.map((r, i) => ({
              id: i === 0 ? null : r.id,
              name: r.name,
              description: r.description,
            })),
            current: state.reading,
          }
        : null,
    ticks: once(data, `ticks/${state.layer}`, () => ({
      changeYears: changeYears(data.memberships, state.layer, isos, FIRST_YEAR, data.today),
      eventYears: [
        ...new Set(
          data.events
            .filter((e) => e.orgs.length === 0 || e.orgs.includes(state.layer))
            .map((e) => yearOf(e.date)),
        ),
      ],
    })),
    territoryMarkers: once(data, 'territories', () =>
      data.territories
        .filter((t) => t.drawnAs === 'point')
        .map((t) => ({ id: t.id, name: t.name, at: t.point })),
    ),
    eventMarkers: once(data, 'events', () =>
      data.events.flatMap((e) =>
        e.place ? [{ id: e.id, name: `${e.title} (${e.place.name})`, at: e.place.at }] : [],
      ),
    ),
    activeEvents: dotted.map((e) => e.id),
    presence: presenceView(state, data),
    country: state.country ? countryView(state.country, state.year, data) : null,
    cite: { title: panes.map((p) => p.title).join(' and '), path: citedPath(state, currentYear) },
  };
}

/**
 * The live region's sentence for a move from what was shown before (`null` on the first view or
 * after a change of organisation) to the state now shown.
 */
export function announcement(
  before: Pick<AtlasUrlState, 'year' | 'layer'> | null,
  state: AtlasUrlState,
  record: AtlasData,
): string {
  const data = underReading(record, state.layer, state.reading);
  const sentence = announceYear(
    data.memberships,
    orgOf(data, state.layer),
    before && before.layer === state.layer ? before.year : null,
    state.year,
    data.today,
    (iso) => nameIn(data, iso),
    postSovietStates(data).map((c) => c.iso3),
  );
  // A status "today" is only as new as the record's last check: say so.
  return referenceDay(state.year, data.today) === data.today
    ? `${sentence} Shown as the record stood when last checked on ${formatDay(data.meta.checkedOn)}.`
    : sentence;
}
