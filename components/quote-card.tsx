'use client';
/** A passage of an article, marked up as a quotation, cited, linked to its paragraph in the reader. */
import type { DocumentMeta } from '@/data/records';
import type { ClaimNote, Quote } from '@/data/schema';
import { foldWhitespace } from '@/data/text';
import { ClaimNoteView } from './claim-note';
import { documentDate } from '@/data/document-label';
import './quote-card.css';

/** Notes on claims made inside this passage. */
function claimsInQuote(q: Quote, claims: readonly ClaimNote[]): ClaimNote[] {
  const text = foldWhitespace(q.text);
  return claims.filter(
    (c) =>
      c.document === q.document &&
      c.paragraph === q.paragraph &&
      text.includes(foldWhitespace(c.claim)),
  );
}

export function QuoteCard({
  quote,
  doc,
  claims,
  nameOf,
  onShow,
}: {
  quote: Quote;
  doc: DocumentMeta | undefined;
  claims: readonly ClaimNote[];
  nameOf: (iso3: string) => string;
  onShow: (q: Quote) => void;
}): React.JSX.Element {
  const href = `/documents/${quote.document}#${quote.paragraph}`;
  const period =
    quote.years[0] === quote.years[1]
      ? String(quote.years[0])
      : `${quote.years[0]}–${quote.years[1]}`;
  return (
    <figure className="quote-card" data-quote={quote.id}>
      <blockquote cite={href} onClick={() => onShow(quote)}>
        <p>{quote.text}</p>
      </blockquote>
      <figcaption>
        — {doc?.author ?? 'Unknown author'}, <cite>{doc?.title ?? quote.document}</cite> (
        {doc ? `${doc.publisher}, ${documentDate(doc)}` : ''}){' '}
        {/* A full page load, not next/link: a client-side navigation from the map page sometimes
            dropped the #paragraph fragment (seen in the e2e test), and the fragment is the point. */}
        <a href={href}>Read paragraph {quote.paragraph.slice(1)} in the article</a>
      </figcaption>
      <p className="quote-tags">
        {period} · {quote.topic}
        {quote.countries.length > 0 && ` · ${quote.countries.map(nameOf).join(', ')}`}{' '}
        <button type="button" onClick={() => onShow(quote)}>
          Show on the map ({period})
        </button>
      </p>
      {claimsInQuote(quote, claims).map((c) => (
        <ClaimNoteView key={c.id} claim={c} />
      ))}
    </figure>
  );
}
