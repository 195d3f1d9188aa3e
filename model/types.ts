/**
 * The shapes of what the atlas page shows: the view model's output, which components render. The
 * maps' shapes are here, the panels' in panel-types.ts.
 */
import type { Day } from '@/data/day';
import type { AtlasRef } from '@/data/cite';
import type { Country, Organisation } from '@/data/schema';
import type { OrgId } from '@/data/vocabulary';
import type { ClassStyle } from './palette';
import type { MapModel } from './map-model';
import type {
  AnalysisView,
  ChangeListView,
  ChartView,
  CountryView,
  PickerOptionView,
  PresenceView,
  StatsView,
  TableView,
} from './panel-types';

export type * from './panel-types';

interface StateName {
  iso3: string;
  name: string;
}

interface LegendEntryView {
  key: string;
  style: ClassStyle;
  count: number;
  /** The states in this class, by name, in alphabetical order. */
  states: readonly StateName[];
}

export interface LegendView {
  title: string;
  entries: readonly LegendEntryView[];
  /** The dating rule, e.g. "Status on 31 December 2008." */
  note: string;
  territories: readonly { name: string; note: string; since: string }[];
  /** The events dotted on the map in the year shown: "title (place)". */
  events: readonly string[];
  /** The states outlined because another source reads their status otherwise. */
  marked: readonly StateName[];
}

/** One map: what it colours, how it is named, and its legend. */
export interface MapPaneView {
  testId: 'map-main' | 'map-second';
  title: string;
  /** The map's accessible name. */
  label: string;
  classes: MapModel['classes'];
  styles: MapModel['styles'];
  describe: (iso3: string, name: string) => string;
  activeTerritories: readonly string[];
  /** The states whose status another source reads otherwise, by ISO3 (outlined on the map). */
  marked: readonly string[];
  legend: LegendView;
}

interface MarkerView {
  id: string;
  name: string;
  at: [number, number];
}

export interface AtlasView {
  year: number;
  currentYear: number;
  day: Day;
  org: Organisation;
  /** The post-Soviet states, in alphabetical order. */
  states: readonly Country[];
  panes: readonly [MapPaneView] | readonly [MapPaneView, MapPaneView];
  table: TableView;
  changeList: ChangeListView | null;
  stats: readonly StatsView[];
  chart: ChartView;
  ticks: { changeYears: readonly number[]; eventYears: readonly number[] };
  /** The layer switcher's choices: every organisation of the record, under its heading. */
  layers: readonly { id: OrgId; label: string; title: string; group: string }[];
  /**
   * The layer's named readings, for the switch that shows the map under another one (`id` null:
   * the record's own); `null` for a layer that has only the record's own.
   */
  readings: {
    options: readonly { id: string | null; name: string; description: string }[];
    current: string | null;
  } | null;
  territoryMarkers: readonly MarkerView[];
  eventMarkers: readonly MarkerView[];
  activeEvents: readonly string[];
  /** Russian bases and deployments: every point, those shown (when switched on), the year's list. */
  presence: {
    markers: readonly MarkerView[];
    active: readonly string[];
    inYear: readonly PresenceView[];
  };
  country: CountryView | null;
  analysis: AnalysisView;
  /** Every country on the map, in alphabetical order, for the picker. */
  pickerOptions: readonly PickerOptionView[];
  /** What a citation of the view names: the atlas, the view's title and its link from the root. */
  cite: { atlas: AtlasRef; title: string; path: string };
}
