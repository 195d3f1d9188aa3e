'use client';
/**
 * A country's story at the chosen year: first, one line per organisation with its status and
 * date (country-statuses.tsx); then, folded so that the panel opens on one screen, the timelines,
 * the events, Russian presence, the passages that concern it (ranked by the view model for the
 * layer shown) and where the articles differ.
 */
import { useEffect, useRef } from 'react';
import type { Quote } from '@/data/schema';
import { ClaimNoteView } from './claim-note';
import { CountryStatuses } from './country-statuses';
import { PresenceList } from './presence-list';
import { QuoteList } from './quote-list';
import { SourceLink } from './source-link';
import { TimelineStrip } from './timeline-strip';
import type { CountryView } from '@/model';
import './event-list.css';
import './country-details.css';

/** A folded section, opened by a click or from the keyboard (Enter or Space on its summary). */
function Fold({
  title,
  className,
  children,
}: {
  title: string;
  className?: string;
  children: React.ReactNode;
}): React.JSX.Element {
  return (
    <details className={['fold', className].filter(Boolean).join(' ')}>
      <summary>
        <h3>{title}</h3>
      </summary>
      {children}
    </details>
  );
}

export interface CountryDetailsProps {
  view: CountryView;
  year: number;
  onYear: (year: number) => void;
  onClose: () => void;
  onShowQuote: (q: Quote) => void;
}

export function CountryDetails({
  view,
  year,
  onYear,
  onClose,
  onShowQuote,
}: CountryDetailsProps): React.JSX.Element {
  const { iso3, country, name, events, quotes, claims } = view;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [iso3]);
  return (
    <section className="country-details" aria-labelledby="country-title" data-iso3={iso3}>
      <div className="panel-head">
        <h2 id="country-title" ref={heading} tabIndex={-1}>
          {name}
        </h2>
        <button
          type="button"
          className="close"
          onClick={onClose}
          aria-label={`Close the details of ${name}`}
        >
          ×
        </button>
      </div>
      {country?.context && <p className="context">{country.context}</p>}
      {country?.role === 'post-soviet' && (
        <>
          <h3>Status in {year}</h3>
          <CountryStatuses view={view} />
          <Fold title="1991 to today" className="timelines">
            {view.timelines.map((t) => (
              <TimelineStrip key={t.org} timeline={t} year={year} onYear={onYear} />
            ))}
          </Fold>
        </>
      )}
      {events.length > 0 && (
        <Fold title={`Events (${events.length})`}>
          <ol className="event-list">
            {events.map((e) => (
              <li key={e.id} className={e.current ? 'current' : undefined}>
                <button type="button" className="link-button" onClick={() => onYear(e.year)}>
                  {e.when}
                </button>{' '}
                <strong>{e.title}.</strong> {e.description} <SourceLink source={e.source} />
              </li>
            ))}
          </ol>
        </Fold>
      )}
      {view.presence.length > 0 && (
        <Fold title={`Russian military presence (${view.presence.length})`}>
          <PresenceList items={view.presence} year={year} detailed />
        </Fold>
      )}
      {quotes.length === 0 ? (
        <p>Neither article discusses {name}.</p>
      ) : (
        <Fold title={`What the articles say (${quotes.length})`}>
          <QuoteList quotes={quotes} onShowQuote={onShowQuote} />
        </Fold>
      )}
      {claims.length > 0 && (
        <Fold title={`Where the articles and the record differ (${claims.length})`}>
          {claims.map((c) => (
            <ClaimNoteView key={c.id} claim={c} />
          ))}
        </Fold>
      )}
    </section>
  );
}
