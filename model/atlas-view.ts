/**
 * The atlas page as a pure function of (URL state, records, today): the maps' classes, the legends
 * with the names of the states in each class, the table's rows, the change list, the numbers, the
 * chart, the selected country, the articles' analysis, the picker's choices and the live region's
 * sentence. Components only render what this returns; nothing else derives a status or ranks a
 * passage. (OWID's headless grapher state is the model; a page shell that derives fifteen values
 * itself is the thing to avoid.)
 */
import type { AtlasData } from '@/data/records';
import { citedPath } from '@/data/cite';
import { eventsInYear } from '@/data/analysis';
import { FIRST_YEAR, formatDay, referenceDay, yearOf } from '@/data/day';
import { changeYears } from '@/data/membership';
import { announceYear } from '@/data/present';
import type { AtlasUrlState } from '@/data/url-state';
import type { OrgId } from '@/data/vocabulary';
import { analysisView } from './analysis';
import { countryView, pickerOptions } from './country';
import { mapModel, type MapSpec } from './map-model';
import { mapSpecs, pane } from './panes';
import { presenceView } from './presence';
import { changeListView, chartView, statsView, tableView } from './panels';
import { memo, nameIn, orgOf, postSovietStates, underReading } from './shared';
import type { AtlasView, LandAreas, MapPaneView } from './types';

/** The year's ticks of the slider for a layer: the years something changed, those with events. */
const ticksOf = memo((data: AtlasData, layer: OrgId): AtlasView['ticks'] => {
  const isos = postSovietStates(data).map((c) => c.iso3);
  return {
    changeYears: changeYears(data.memberships, layer, isos, FIRST_YEAR, data.today),
    eventYears: [
      ...new Set(
        data.events
          .filter((e) => e.orgs.length === 0 || e.orgs.includes(layer))
          .map((e) => yearOf(e.date)),
      ),
    ],
  };
});

const layersOf = memo((data: AtlasData): AtlasView['layers'] =>
  data.organisations.map((o) => ({ id: o.id, label: o.shortName, title: o.name, group: o.group })),
);

const territoryMarkersOf = memo((data: AtlasData): AtlasView['territoryMarkers'] =>
  data.territories
    .filter((t) => t.drawnAs === 'point')
    .map((t) => ({ id: t.id, name: t.name, at: t.point })),
);

const eventMarkersOf = memo((data: AtlasData): AtlasView['eventMarkers'] =>
  data.events.flatMap((e) =>
    e.place ? [{ id: e.id, name: `${e.title} (${e.place.name})`, at: e.place.at }] : [],
  ),
);

/**
 * Everything the atlas page shows for a state of the URL. `areas`, the states' land areas, are
 * fetched apart from the records: until they come, the numbers give no area.
 */
export function atlasView(
  state: AtlasUrlState,
  record: AtlasData,
  areas: LandAreas | null = null,
): AtlasView {
  // Under a named reading of the layer, everything the page shows counts that way.
  const data = underReading(record, state.layer, state.reading);
  const currentYear = yearOf(data.today);
  // The reference day of the year shown, worked out once for every part of the page.
  const day = referenceDay(state.year, data.today);
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
  const paneOf = (spec: MapSpec, testId: MapPaneView['testId']): MapPaneView => {
    // The second map of a change side by side shows the other year.
    const specDay = spec.year === state.year ? day : referenceDay(spec.year, data.today);
    const p = pane(spec, specDay, testId, split, data, states, dottedNames);
    return suffix
      ? {
          ...p,
          title: p.title + suffix,
          label: p.label + suffix,
          legend: { ...p.legend, title: p.legend.title + suffix },
        }
      : p;
  };
  const [first, second] = specs;
  const panes: AtlasView['panes'] = second
    ? [paneOf(first, 'map-main'), paneOf(second, 'map-second')]
    : [paneOf(first, 'map-main')];
  const comparison =
    !second && first.kind !== 'status'
      ? mapModel(first, data.memberships, data.organisations, isos, data.today)
      : null;
  const compareOrg = state.compare ? orgOf(data, state.compare) : null;
  const { name, title, checkedOn } = data.meta;
  return {
    year: state.year,
    currentYear,
    day,
    org,
    states,
    panes,
    table: tableView(state, day, data, states, comparison),
    changeList: changeListView(state, day, data),
    stats: [org, ...(compareOrg ? [compareOrg] : [])].map((o) =>
      statsView(o, state.year, day, data, isos, areas),
    ),
    chart: chartView(data),
    layers: layersOf(data),
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
    ticks: ticksOf(data, state.layer),
    territoryMarkers: territoryMarkersOf(data),
    eventMarkers: eventMarkersOf(data),
    activeEvents: dotted.map((e) => e.id),
    presence: presenceView(state, data),
    country: state.country ? countryView(state.country, state.year, day, state.layer, data) : null,
    analysis: analysisView(state.year, state.layer, data),
    pickerOptions: pickerOptions(data),
    cite: {
      atlas: { name, title, checkedOn },
      title: panes.map((p) => p.title).join(' and '),
      path: citedPath(state, currentYear),
    },
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
