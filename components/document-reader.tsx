/**
 * The reader: an article's clean text, with the passages the atlas quotes highlighted, the notes
 * where the record differs beside their paragraph, and links back to the map state of each quote.
 */
import Link from 'next/link';
import type { ClaimNote, DocumentRecord, Quote } from '@/data/schema';
import { markPassages } from '@/data/passages';
import { ClaimNoteView } from './claim-note';
import { documentDate } from '@/data/document-label';
import './document-reader.css';

function mapLink(q: Quote): string {
  const params = new URLSearchParams({ year: String(q.years[1]) });
  if (q.orgs[0]) params.set('layer', q.orgs[0]);
  if (q.countries[0]) params.set('country', q.countries[0]);
  return `/?${params.toString()}`;
}

export function DocumentReader({
  doc,
  quotes,
  claims,
}: {
  doc: DocumentRecord;
  quotes: readonly Quote[];
  claims: readonly ClaimNote[];
}): React.JSX.Element {
  const date = documentDate(doc);
  return (
    <article className="document">
      <header>
        <p className="back">
          <Link href="/">← Back to the map</Link>
        </p>
        <h1>{doc.title}</h1>
        <p className="byline">
          {doc.author}, {doc.affiliation}. {doc.publisher}, {date}.
          {doc.url && (
            <>
              {' '}
              <a href={doc.url} rel="noreferrer noopener" target="_blank">
                Original page
              </a>
            </>
          )}
        </p>
        <p className="muted">{doc.dateNote}</p>
        <details>
          <summary>What was removed from the saved page</summary>
          <ul>
            {doc.removed.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </details>
      </header>
      {doc.paragraphs.map((p) => {
        const paragraphQuotes = quotes.filter((q) => q.paragraph === p.id);
        const notes = claims.filter((c) => c.paragraph === p.id);
        const Tag = p.kind === 'heading' ? 'h2' : 'p';
        return (
          <section
            key={p.id}
            id={p.id}
            className={`paragraph paragraph-${p.kind}`}
            aria-label={p.kind === 'heading' ? undefined : `Paragraph ${p.id.slice(1)}`}
          >
            <Tag>
              <a
                className="pilcrow"
                href={`#${p.id}`}
                aria-label={`Link to paragraph ${p.id.slice(1)}`}
              >
                ¶{p.id.slice(1)}
              </a>{' '}
              {markPassages(p.text, paragraphQuotes).map((part, i) =>
                part.quote ? (
                  <mark key={i} id={`q-${part.quote.id}`} title={part.quote.topic}>
                    {part.text}
                  </mark>
                ) : (
                  <span key={i}>{part.text}</span>
                ),
              )}
            </Tag>
            {paragraphQuotes.length > 0 && (
              <ul className="quote-links">
                {paragraphQuotes.map((q) => (
                  <li key={q.id}>
                    <Link href={mapLink(q)}>
                      See on the map: {q.topic},{' '}
                      {q.years[0] === q.years[1] ? q.years[0] : `${q.years[0]}–${q.years[1]}`}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
            {notes.map((c) => (
              <ClaimNoteView key={c.id} claim={c} />
            ))}
          </section>
        );
      })}
    </article>
  );
}
