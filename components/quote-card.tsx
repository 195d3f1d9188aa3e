'use client';
/** A passage of an article, marked up as a quotation, cited, linked to its paragraph in the reader. */
import type { Quote } from '@/data/schema';
import { ClaimNoteView } from './claim-note';
import { documentDate } from '@/data/document-label';
import type { QuoteView } from '@/model';
import './quote-card.css';

export function QuoteCard({
  view,
  onShow,
}: {
  view: QuoteView;
  onShow: (q: Quote) => void;
}): React.JSX.Element {
  const { quote, doc, claims, countries } = view;
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
        {countries.length > 0 && ` · ${countries.join(', ')}`}{' '}
        <button type="button" onClick={() => onShow(quote)}>
          Show on the map ({period})
        </button>
      </p>
      {claims.map((c) => (
        <ClaimNoteView key={c.id} claim={c} />
      ))}
    </figure>
  );
}
