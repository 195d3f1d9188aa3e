/**
 * The articles' analysis of the view: which passages and events belong beside the map for the
 * year and the layer shown, and those about a selected country, ranked for the same layer.
 */
import { formatDay, yearOf } from '@/data/day';
import type { AtlasData } from '@/data/records';
import { eventsAbout, eventsInYear, nearestQuotes, rankQuotes } from '@/data/analysis';
import { foldWhitespace } from '@/data/text';
import type { AtlasEvent, Quote } from '@/data/schema';
import type { OrgId } from '@/data/vocabulary';
import { nameIn } from './shared';
import type { AnalysisView, EventView, QuoteView } from './types';

/** At most this many passages beside the map; when none is about the year, this many nearest. */
const SHOWN = 5;
const NEAREST = 2;

/** A passage as its card shows it: its document, the notes on claims made inside it, names. */
function quoteView(q: Quote, data: AtlasData): QuoteView {
  const text = foldWhitespace(q.text);
  return {
    quote: q,
    doc: data.documents.find((d) => d.id === q.document),
    claims: data.claims.filter(
      (c) =>
        c.document === q.document &&
        c.paragraph === q.paragraph &&
        text.includes(foldWhitespace(c.claim)),
    ),
    countries: q.countries.map((iso) => nameIn(data, iso)),
  };
}

function eventView(e: AtlasEvent, year: number, data: AtlasData): EventView {
  const from = yearOf(e.date);
  return {
    id: e.id,
    year: from,
    when: formatDay(e.date, e.precision),
    title: e.title,
    description: e.description,
    countries: e.countries.map((iso) => nameIn(data, iso)),
    source: e.source,
    current: from === year,
  };
}

/**
 * The passages and events beside the map: the passages most relevant to the year and the layer,
 * or the nearest in time when none is; the year's events that concern the layer or no
 * organisation in particular, and every war and crisis.
 */
export function analysisView(year: number, layer: OrgId, data: AtlasData): AnalysisView {
  const ranked = rankQuotes(data.quotes, { year, layer, country: null });
  const quotes =
    ranked.length > 0 ? ranked.slice(0, SHOWN) : nearestQuotes(data.quotes, year, NEAREST);
  return {
    year,
    quotes: quotes.map((q) => quoteView(q, data)),
    nearest: ranked.length === 0,
    events: eventsInYear(data.events, year)
      .filter(
        (e) =>
          e.orgs.length === 0 || e.orgs.includes(layer) || e.kind === 'war' || e.kind === 'crisis',
      )
      .map((e) => eventView(e, year, data)),
  };
}

/**
 * The passages about a country, ranked for the year and the layer shown (a passage that names the
 * layer's organisation comes before one that does not); every passage that names the country is
 * among them, since naming it is what counts most.
 */
export function countryQuotes(
  iso3: string,
  year: number,
  layer: OrgId,
  data: AtlasData,
): QuoteView[] {
  return rankQuotes(data.quotes, { year, layer, country: iso3 }).map((q) => quoteView(q, data));
}

/** Every event about a country, in date order, those of the year shown marked current. */
export function countryEvents(iso3: string, year: number, data: AtlasData): EventView[] {
  return eventsAbout(data.events, iso3).map((e) => eventView(e, year, data));
}
