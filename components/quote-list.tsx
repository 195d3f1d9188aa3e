/** Quote cards for a list of passages, each with its document and the claims made inside it. */
import type { AtlasData } from '@/data/records';
import type { Quote } from '@/data/schema';
import { QuoteCard } from './quote-card';

export function QuoteList({
  quotes,
  data,
  nameOf,
  onShowQuote,
}: {
  quotes: readonly Quote[];
  data: AtlasData;
  nameOf: (iso3: string) => string;
  onShowQuote: (q: Quote) => void;
}): React.JSX.Element {
  return (
    <>
      {quotes.map((q) => (
        <QuoteCard
          key={q.id}
          quote={q}
          doc={data.documents.find((d) => d.id === q.document)}
          claims={data.claims}
          nameOf={nameOf}
          onShow={onShowQuote}
        />
      ))}
    </>
  );
}
