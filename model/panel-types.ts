/** The shapes of the panels beside the map: the view model's output, which components render. */
import type { Day } from '@/data/day';
import type { DocumentMeta } from '@/data/records';
import type { CellStatus, statusCell } from '@/data/present';
import type {
  ClaimNote,
  Country,
  MembershipInterval,
  OtherName,
  Quote,
  Source,
} from '@/data/schema';
import type { OrgId, Status } from '@/data/vocabulary';

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

/** Land area per country in km², by ISO3 (approximate: built from the simplified boundaries). */
export type LandAreas = Readonly<Record<string, number>>;

export interface StatsView {
  orgName: string;
  year: number;
  /** ISO3 codes of the states counted as in the organisation. */
  members: readonly string[];
  full: number;
  /** How many states the count is out of: the post-Soviet states shown. */
  of: number;
  /** The members' combined land area in km², or `null` while the areas are not known. */
  area: number | null;
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
  /** Outside the body on the day: the interval that ended last before it, or `null`. */
  before: MembershipInterval | null;
  /** How other sources read the status on the day, by reading ("member (by treaty)"), or "". */
  differs: string;
}

/** A passage of an article as its card shows it. */
export interface QuoteView {
  quote: Quote;
  doc: DocumentMeta | undefined;
  /** The notes on claims made inside this passage. */
  claims: readonly ClaimNote[];
  /** The states it names, by name. */
  countries: readonly string[];
}

/** An event as the panels list it. */
export interface EventView {
  id: string;
  /** The year it begins in (a click on its date moves the slider there). */
  year: number;
  /** Its date as precisely as the record knows it ("August 2008"). */
  when: string;
  title: string;
  description: string;
  /** The states it concerns, by name. */
  countries: readonly string[];
  source: Source;
  /** Whether it begins in the year shown. */
  current: boolean;
}

/** The articles' analysis beside the map for the year and the layer shown. */
export interface AnalysisView {
  year: number;
  /** The passages most relevant to the year and layer, or (`nearest`) the nearest in time. */
  quotes: readonly QuoteView[];
  /** Whether no passage discusses the year, so that `quotes` are the nearest in time. */
  nearest: boolean;
  events: readonly EventView[];
}

/** A choice of the country picker. */
export interface PickerOptionView {
  iso3: string;
  name: string;
  group: 'post-Soviet state' | 'neighbour';
  otherNames?: readonly OtherName[];
}

export interface CountryView {
  iso3: string;
  name: string;
  country: Country | null;
  statuses: readonly CountryStatusView[];
  /** Russian military presence in this state, any year, oldest first. */
  presence: readonly PresenceView[];
  /** Every event about it, in date order. */
  events: readonly EventView[];
  /** Every passage about it, ranked for the year and the layer shown. */
  quotes: readonly QuoteView[];
  /** The notes where the articles and the record differ about it. */
  claims: readonly ClaimNote[];
  timelines: readonly {
    org: OrgId;
    label: string;
    years: readonly { year: number; status: Status }[];
  }[];
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
