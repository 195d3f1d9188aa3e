/**
 * A source, as a link where it has an address, with its citation: the one way the atlas shows a
 * source. `brief` shows the title alone (the citation stays in its tooltip), for table cells.
 */
import type { Source } from '@/data/schema';
import { formatDay } from '@/data/membership';

export function SourceLink({
  source,
  brief = false,
}: {
  source: Source;
  brief?: boolean;
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
      Source: {title}
      {extra ? ` (${extra})` : ''}
    </span>
  );
}
