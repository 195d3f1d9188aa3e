/** A source, as a link where it has an address, with its citation. */
import type { Source } from '@/data/schema';
import { formatDay } from '@/data/membership';

export function SourceLink({ source }: { source: Source }): React.JSX.Element {
  const title = source.url ? (
    <a href={source.url} rel="noreferrer noopener" target="_blank">
      {source.title}
    </a>
  ) : (
    <span>{source.title}</span>
  );
  const extra = [
    source.publisher,
    source.date ? formatDay(source.date) : undefined,
    source.citation,
  ]
    .filter(Boolean)
    .join('; ');
  return (
    <span className="source">
      Source: {title}
      {extra ? ` (${extra})` : ''}
    </span>
  );
}
