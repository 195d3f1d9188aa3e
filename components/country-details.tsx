'use client';
/**
 * A country's story at the chosen year: its status in every organisation with dates and
 * sources, a timeline per organisation, the events and the passages that concern it.
 */
import { useEffect, useRef } from 'react';
import type { AtlasData } from '@/data/atlas-data';
import { claimsAbout, eventsAbout, rankQuotes } from '@/data/analysis';
import { formatDay } from '@/data/membership';
import type { Quote } from '@/data/schema';
import { ClaimNoteView } from './claim-note';
import { PresenceList } from './presence-list';
import { QuoteList } from './quote-list';
import { SourceLink } from './source-link';
import { TimelineStrip } from './timeline-strip';
import type { CountryView } from './view-model';

export interface CountryDetailsProps {
  view: CountryView;
  data: AtlasData;
  year: number;
  nameOf: (iso3: string) => string;
  onYear: (year: number) => void;
  onClose: () => void;
  onShowQuote: (q: Quote) => void;
}

export function CountryDetails({
  view,
  data,
  year,
  nameOf,
  onYear,
  onClose,
  onShowQuote,
}: CountryDetailsProps): React.JSX.Element {
  const { iso3, country, name } = view;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [iso3]);
  const events = eventsAbout(data.events, iso3);
  const quotes = rankQuotes(data.quotes, { year, layer: 'cis', country: iso3 });
  const otherQuotes = data.quotes.filter((q) => q.countries.includes(iso3) && !quotes.includes(q));
  const claims = claimsAbout(data.claims, iso3);
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
          <dl className="statuses">
            {view.statuses.map(({ org, name: orgName, cell }) => {
              return (
                <div key={org} data-org={org}>
                  <dt>{orgName}</dt>
                  <dd>
                    <span className={`status-word status-${cell.status}`}>{cell.status}</span>{' '}
                    {cell.detail}
                    {cell.interval && (
                      <>
                        <br />
                        {cell.interval.summary}
                        {cell.interval.milestones.length > 0 && (
                          <ul className="milestones">
                            {cell.interval.milestones.map((m) => (
                              <li key={`${m.kind}${m.date}`}>
                                <span className="milestone-kind">{m.kind}</span>{' '}
                                {formatDay(m.date, m.precision)}: {m.what}
                              </li>
                            ))}
                          </ul>
                        )}
                        <SourceLink source={cell.interval.source} />
                        {cell.interval.alternatives.map((a) => (
                          <p key={a.reading} className="alternative">
                            <strong>Sources differ:</strong> {a.reading}{' '}
                            <SourceLink source={a.source} />
                          </p>
                        ))}
                      </>
                    )}
                  </dd>
                </div>
              );
            })}
          </dl>
          <h3>1991 to today</h3>
          {view.timelines.map((t) => (
            <TimelineStrip key={t.org} timeline={t} year={year} onYear={onYear} />
          ))}
        </>
      )}
      {events.length > 0 && (
        <>
          <h3>Events</h3>
          <ol className="event-list">
            {events.map((e) => (
              <li key={e.id} className={e.date.startsWith(String(year)) ? 'current' : undefined}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onYear(Number(e.date.slice(0, 4)))}
                >
                  {formatDay(e.date, e.precision)}
                </button>{' '}
                <strong>{e.title}.</strong> {e.description} <SourceLink source={e.source} />
              </li>
            ))}
          </ol>
        </>
      )}
      {view.presence.length > 0 && (
        <>
          <h3>Russian military presence</h3>
          <PresenceList items={view.presence} year={year} detailed />
        </>
      )}
      <h3>What the articles say</h3>
      {quotes.length + otherQuotes.length === 0 && <p>Neither article discusses {name}.</p>}
      <QuoteList
        quotes={[...quotes, ...otherQuotes]}
        data={data}
        nameOf={nameOf}
        onShowQuote={onShowQuote}
      />
      {claims.length > 0 && (
        <>
          <h3>Where the articles and the record differ</h3>
          {claims.map((c) => (
            <ClaimNoteView key={c.id} claim={c} />
          ))}
        </>
      )}
    </section>
  );
}
