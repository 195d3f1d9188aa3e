'use client';
/** The articles' analysis beside the map: the passages and events the view model finds for the year and layer. */
import type { Quote } from '@/data/schema';
import type { AnalysisView } from '@/model';
import { QuoteList } from './quote-list';
import { SourceLink } from './source-link';
import './event-list.css';

export function AnalysisPanel({
  analysis,
  onShowQuote,
}: {
  analysis: AnalysisView;
  onShowQuote: (q: Quote) => void;
}): React.JSX.Element {
  const { year, quotes, nearest, events } = analysis;
  return (
    <section className="analysis" aria-labelledby="analysis-title">
      <h2 id="analysis-title">Analysis for {year}</h2>
      {nearest && (
        <p className="muted">Neither article discusses {year}; the nearest passages in time:</p>
      )}
      <QuoteList quotes={quotes} onShowQuote={onShowQuote} />
      <h3>Events in {year}</h3>
      {events.length === 0 ? (
        <p className="muted">No event in the record for {year}.</p>
      ) : (
        <ol className="event-list">
          {events.map((e) => (
            <li key={e.id}>
              <strong>{e.when}</strong> — {e.title}.{' '}
              <span className="muted">{e.countries.join(', ')}</span>{' '}
              <SourceLink source={e.source} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
