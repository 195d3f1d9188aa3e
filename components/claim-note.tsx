/** Where an article and the record disagree: both readings, with the record's source. */
import type { ClaimNote } from '@/data/schema';
import './claim-note.css';

export function ClaimNoteView({ claim }: { claim: ClaimNote }): React.JSX.Element {
  return (
    <aside className="claim-note" aria-label="The record differs" data-claim={claim.id}>
      <p>
        <strong>The record differs.</strong> The article says: “{claim.claim}”. {claim.record}
      </p>
      <p className="claim-source">
        Source:{' '}
        {claim.source.url ? (
          <a href={claim.source.url} rel="noreferrer noopener" target="_blank">
            {claim.source.title}
          </a>
        ) : (
          claim.source.title
        )}
        {claim.source.citation ? ` (${claim.source.citation})` : ''}
      </p>
    </aside>
  );
}
