/** The changes in one organisation between two years, each with its date and source, in order. */
import { SourceLink } from './source-link';
import type { ChangeListView } from '@/model';
import './change-list.css';

export function ChangeList({ list }: { list: ChangeListView }): React.JSX.Element {
  return (
    <section className="change-list" aria-labelledby="change-list-title">
      <h2 id="change-list-title">{list.heading}</h2>
      {list.empty ? (
        <p className="muted">{list.empty}</p>
      ) : (
        <ol>
          {list.items.map((c) => (
            <li key={c.key} data-iso3={c.iso3}>
              <time dateTime={c.date}>{c.when}</time>: {c.text}. <SourceLink source={c.source} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
