/** The shapes of what the atlas page shows: the view model's output, which components render. */
import type { Day } from '@/data/day';
import type { CellStatus, statusCell } from '@/data/present';
import type { Country, Organisation, Source } from '@/data/schema';
import type { OrgId, Status } from '@/data/vocabulary';
import type { ClassStyle } from './palette';
import type { MapModel } from './map-model';

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

interface TableCellView {
  org: OrgId;
  /** The record's status, or `before` when the organisation's first body did not exist yet. */
  status: CellStatus;
  /** Since when ("since 16 Mar 1994"). */
  detail: string;
  /** In which body, where the line has several ("; in the CSTO since 18 Sep 2003"), or "". */
  inBody: string;
  source: Source | null;
  /** The number of the source's footnote under the table (1-based), or `null`. */
  note: number | null;
  /** Whether another source reads the status otherwise on the day (outlined on the map). */
  disputed: boolean;
  /** The statuses other sources read it as, e.g. `['member']`. */
  readAs: readonly Status[];
}

export interface TableView {
  /** The year shown, for the name of the downloaded file. */
  year: number;
  caption: string;
  columns: readonly { org: OrgId; heading: string; later: string | null }[];
  rows: readonly { iso3: string; name: string; cells: readonly TableCellView[] }[];
  /** The sources of the cells, once each, in the order of their footnote numbers. */
  notes: readonly Source[];
  comparison: { heading: string; cells: Readonly<Record<string, string>> } | null;
}

export interface ChangeListView {
  heading: string;
  /** The sentence shown when nothing changed, or `null`. */
  empty: string | null;
  items: readonly {
    key: string;
    iso3: string;
    date: Day;
    /** The date as precisely as the record knows it ("May 2009"). */
    when: string;
    text: string;
    source: Source;
  }[];
}

export interface StatsView {
  orgName: string;
  year: number;
  /** ISO3 codes of the states counted as in the organisation. */
  members: readonly string[];
  full: number;
  /**
   * Before the organisation's first body existed, what to say instead of counting
   * ("No Collective Security Treaty until 15 May 1992"); otherwise `null`.
   */
  notYet: string | null;
  /** States outside the fifteen in the organisation on the day (Iran, an EAEU observer). */
  others: readonly { name: string; status: Status; since: string; source: Source }[];
}

export interface ChartView {
  series: readonly {
    org: OrgId;
    /** Its line's colour and dash pattern, from the record. */
    line: { color: string; dash: string };
    rows: readonly { year: number; members: number; full: number }[];
    /** The first year the line's first body existed on the reference day (1992 for the CST). */
    firstYear: number;
    /** The body's name in each year ("CST" in 1995). */
    names: Readonly<Record<number, string>>;
  }[];
  /** The changes of each year, as sentences, for the chart's hover line. */
  changes: Readonly<Record<number, readonly string[]>>;
}

interface CountryStatusView {
  org: OrgId;
  name: string;
  cell: ReturnType<typeof statusCell>;
}

export interface CountryView {
  iso3: string;
  name: string;
  country: Country | null;
  statuses: readonly CountryStatusView[];
  /** Russian military presence in this state, any year, oldest first. */
  presence: readonly PresenceView[];
  timelines: readonly {
    org: OrgId;
    label: string;
    years: readonly { year: number; status: Status }[];
  }[];
}

interface MarkerView {
  id: string;
  name: string;
  at: [number, number];
}

/** A Russian base or deployment as the legend and the country panel list it. */
export interface PresenceView {
  id: string;
  name: string;
  country: string;
  /** "since 16 Mar 1995", "25 Jan 2002 to 9 Dec 2012". */
  dates: string;
  summary: string;
  legalBasis: readonly { title: string; signed?: string; inForce?: string; term?: string }[];
  source: Source;
  /** Whether it lasted any part of the year shown. */
  present: boolean;
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
  /** What a citation of the view names: its title and its link from the site's root. */
  cite: { title: string; path: string };
}
