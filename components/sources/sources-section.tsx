/**
 * Every source the record relies on, once each, grouped by publisher, with the day the record
 * was last checked and the two articles whose passages it quotes.
 */
import Link from 'next/link';
import type { DocumentMeta } from '@/data/records';
import { formatDay } from '@/data/day';
import type { RecordMeta } from '@/data/schema';
import type { SourceGroup } from '@/data/sources';
import { SourceLink } from '../source-link';

export function SourcesSection({
  groups,
  documents,
  meta,
}: {
  groups: readonly SourceGroup[];
  documents: readonly DocumentMeta[];
  meta: RecordMeta;
}): React.JSX.Element {
  const count = groups.reduce((n, g) => n + g.sources.length, 0);
  return (
    <section aria-labelledby="sources">
      <h2 id="sources">Sources</h2>
      <p className="checked">
        Record last checked: <time dateTime={meta.checkedOn}>{formatDay(meta.checkedOn)}</time>.{' '}
        {meta.checkedNote}
      </p>
      <p>
        The record cites <strong data-testid="source-count">{count}</strong> distinct sources for
        its membership intervals, milestones, other readings, events, territories and the notes
        where an article and the record disagree. A source counts once, however often it is cited:
        by its address, or by its title where it has none. Each has a <em>Cite</em> button that
        copies an APA citation of it.
      </p>
      <h3>The articles quoted</h3>
      <ul className="source-list">
        {documents.map((d) => (
          <li key={d.id}>
            <Link href={`/documents/${d.id}`} prefetch={false}>
              {d.title}
            </Link>{' '}
            — {d.author}, {d.publisher} (
            {d.datePrecision === 'not-before'
              ? `published not before ${formatDay(d.date)}`
              : formatDay(d.date, d.datePrecision)}
            ).
          </li>
        ))}
      </ul>
      {groups.map((g) => (
        <div key={g.heading} className="source-group">
          <h3>{g.heading}</h3>
          <ul className="source-list">
            {g.sources.map((s) => (
              <li key={s.url ?? s.title} data-testid="record-source">
                <SourceLink source={s} lead={false} />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
