/** The maps of the view model: what each map colours, how it is named, and its legend. */
import { formatDay, referenceDayPhrase, type Day } from '@/data/day';
import type { AtlasData } from '@/data/records';
import { covers } from '@/data/membership';
import type { Country } from '@/data/schema';
import type { AtlasUrlState } from '@/data/url-state';
import { mapModel, type MapSpec } from './map-model';
import { andList } from '@/data/text';
import { nameOn, statusPhrase } from '@/data/wording';
import { outsideStates } from './panels';
import { nameIn, orgOf } from './shared';
import type { MapPaneView } from './types';

/** What each map shows: one spec for a single map, two for side by side. */
export function mapSpecs(state: AtlasUrlState): readonly [MapSpec] | readonly [MapSpec, MapSpec] {
  const { layer, year, compare, since, split } = state;
  if (compare && split)
    return [
      { kind: 'status', org: layer, year },
      { kind: 'status', org: compare, year },
    ];
  if (since !== null && split)
    return [
      { kind: 'status', org: layer, year: Math.min(since, year) },
      { kind: 'status', org: layer, year: Math.max(since, year) },
    ];
  if (compare) return [{ kind: 'overlap', a: layer, b: compare, year }];
  if (since !== null) return [{ kind: 'change', org: layer, since, year }];
  return [{ kind: 'status', org: layer, year }];
}

/** One map of `spec`, whose year's reference day is `day`: its classes, names and legend. */
export function pane(
  spec: MapSpec,
  day: Day,
  testId: MapPaneView['testId'],
  split: boolean,
  data: AtlasData,
  states: readonly Country[],
  events: readonly string[],
): MapPaneView {
  const isos = states.map((c) => c.iso3);
  const model = mapModel(spec, data.memberships, data.organisations, isos, data.today);
  const territories = data.territories.filter((t) => covers(t, day));
  const side = testId === 'map-main' ? 'left' : 'right';
  const on = (year: number): string => referenceDayPhrase(year, data.today, data.meta.checkedOn);
  // A status map names who else the record has in the organisation (Iran, an EAEU observer).
  const others =
    spec.kind === 'status'
      ? outsideStates(orgOf(data, spec.org), day, data, isos).map(
          (o) =>
            `${o.name}, ${statusPhrase(o.status, nameOn(orgOf(data, spec.org), day))} since ${o.since}`,
        )
      : [];
  const note =
    spec.kind === 'change'
      ? `Status on ${on(spec.year)}, compared with ${on(spec.since)}.`
      : `Status on ${on(spec.year)}.${others.length ? ` Not a post-Soviet state: ${andList(others)}.` : ''}`;
  return {
    testId,
    title: model.title,
    label: split ? `Map, ${side}: ${model.title}` : `Map of ${model.title}`,
    classes: model.classes,
    styles: model.styles,
    describe: (iso, name) =>
      isos.includes(iso)
        ? model.describe(iso, nameIn(data, iso))
        : `${nameIn(data, iso) === iso ? name : nameIn(data, iso)}: not a post-Soviet state`,
    activeTerritories: territories.map((t) => t.id),
    marked: model.marked,
    legend: {
      title: model.title,
      entries: model.legend.map((e) => ({
        ...e,
        states: states
          .filter((c) => model.classes[c.iso3] === e.key)
          .map((c) => ({ iso3: c.iso3, name: c.name })),
      })),
      note,
      events,
      marked: states
        .filter((c) => model.marked.includes(c.iso3))
        .map((c) => ({ iso3: c.iso3, name: c.name })),
      territories: territories.map((t) => ({
        name: t.name,
        note: t.note,
        since: formatDay(t.from, t.fromPrecision),
      })),
    },
  };
}
