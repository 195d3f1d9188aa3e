'use client';
/**
 * The panels beside the map: the change list, the selected country, the year's numbers, the chart,
 * the articles' analysis, what the organisation is and how to cite the view. They render at a
 * deferred view, so that a slider step draws the map without waiting for them.
 */
import { formatDay } from '@/data/day';
import { memo } from 'react';
import type { Quote } from '@/data/schema';
import { AnalysisPanel } from './analysis-panel';
import { ChangeList } from './change-list';
import { CiteView } from './cite-view';
import { CountryDetails } from './country-details';
import { MembersChart } from './members-chart';
import type { AtlasView } from '@/model';
import { YearStats } from './year-stats';
import './atlas-side.css';

export const AtlasSide = memo(function AtlasSide({
  view,
  onYear,
  onClose,
  onShowQuote,
}: {
  view: AtlasView;
  onYear: (year: number) => void;
  onClose: () => void;
  onShowQuote: (q: Quote) => void;
}): React.JSX.Element {
  const { org, year } = view;
  return (
    <>
      {view.changeList && <ChangeList list={view.changeList} />}
      {view.country && (
        <CountryDetails
          view={view.country}
          year={year}
          onYear={onYear}
          onClose={onClose}
          onShowQuote={onShowQuote}
        />
      )}
      {view.stats.map((s) => (
        <YearStats key={s.orgName} stats={s} />
      ))}
      <MembersChart chart={view.chart} year={year} onYear={onYear} />
      <AnalysisPanel analysis={view.analysis} onShowQuote={onShowQuote} />
      <section className="org-note" aria-labelledby="org-note-title">
        <h2 id="org-note-title">{org.name}</h2>
        <p>{org.description}</p>
        <ul className="bodies">
          {org.bodies.map((b) => (
            <li key={b.id}>
              <strong>{b.shortName}</strong>: {b.name}, from {formatDay(b.from)}
              {b.until ? ` to ${formatDay(b.until)}` : ''}. {b.foundingAct}
            </li>
          ))}
        </ul>
      </section>
      <CiteView atlas={view.cite.atlas} title={view.cite.title} path={view.cite.path} />
    </>
  );
});
