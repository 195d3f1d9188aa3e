/**
 * A source, as a link where it has an address, with its citation: the one way the atlas shows a
 * source. `brief` shows the title alone (the citation stays in its tooltip), for table cells;
 * otherwise a small "Cite" button copies the source's citation.
 */
import type { Source } from '@/data/schema';
import { formatDay } from '@/data/day';
import { CiteSourceButton } from './cite-source-button';
import './source-link.css';

export function SourceLink({
  source,
  brief = false,
  lead = true,
}: {
  source: Source;
  brief?: boolean;
  /** Whether "Source:" leads it (not in a list of sources). */
  lead?: boolean;
}): React.JSX.Element {
  const extra = [
    source.publisher,
    source.date ? formatDay(source.date) : undefined,
    source.citation,
  ]
    .filter(Boolean)
    .join('; ');
  const title = source.url ? (
    <a
      href={source.url}
      rel="noreferrer noopener"
      target="_blank"
      title={brief && extra ? extra : undefined}
    >
      {source.title}
    </a>
  ) : (
    <span title={brief && extra ? extra : undefined}>{source.title}</span>
  );
  if (brief) return <span className="source">{title}</span>;
  return (
    <span className="source">
      {lead ? 'Source: ' : ''}
      {title}
      {extra ? ` (${extra})` : ''} <CiteSourceButton source={source} />
    </span>
  );
}
