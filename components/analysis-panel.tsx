'use client';
/** The articles' analysis beside the map: the passages and events relevant to the year, layer and selection. */
import type { AtlasData } from '@/data/records';
import { eventsInYear, nearestQuotes, rankQuotes } from '@/data/analysis';
import { formatDay } from '@/data/day';
import type { Quote } from '@/data/schema';
import type { OrgId } from '@/data/vocabulary';
import { QuoteList } from './quote-list';
import { SourceLink } from './source-link';
import './event-list.css';

export function AnalysisPanel({
  data,
  year,
  layer,
  nameOf,
  onShowQuote,
}: {
  data: AtlasData;
  year: number;
  layer: OrgId;
  nameOf: (iso3: string) => string;
  onShowQuote: (q: Quote) => void;
}): React.JSX.Element {
  const ranked = rankQuotes(data.quotes, { year, layer, country: null });
  const shown = ranked.length > 0 ? ranked.slice(0, 5) : nearestQuotes(data.quotes, year, 2);
  const events = eventsInYear(data.events, year).filter(
    (e) => e.orgs.length === 0 || e.orgs.includes(layer) || e.kind === 'war' || e.kind === 'crisis',
  );
  return (
    <section className="analysis" aria-labelledby="analysis-title">
      <h2 id="analysis-title">Analysis for {year}</h2>
      {ranked.length === 0 && (
        <p className="muted">Neither article discusses {year}; the nearest passages in time:</p>
      )}
      <QuoteList quotes={shown} data={data} nameOf={nameOf} onShowQuote={onShowQuote} />
      <h3>Events in {year}</h3>
      {events.length === 0 ? (
        <p className="muted">No event in the record for {year}.</p>
      ) : (
        <ol className="event-list">
          {events.map((e) => (
            <li key={e.id}>
              <strong>{formatDay(e.date, e.precision)}</strong> — {e.title}.{' '}
              <span className="muted">{e.countries.map(nameOf).join(', ')}</span>{' '}
              <SourceLink source={e.source} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
