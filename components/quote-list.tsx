/** Quote cards for a list of passages, each with its document and the claims made inside it. */
import type { Quote } from '@/data/schema';
import { QuoteCard } from './quote-card';
import type { QuoteView } from '@/model';

export function QuoteList({
  quotes,
  onShowQuote,
}: {
  quotes: readonly QuoteView[];
  onShowQuote: (q: Quote) => void;
}): React.JSX.Element {
  return (
    <>
      {quotes.map((q) => (
        <QuoteCard key={q.quote.id} view={q} onShow={onShowQuote} />
      ))}
    </>
  );
}
