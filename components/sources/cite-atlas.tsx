'use client';
/**
 * "How to cite": the atlas's citation in three formats. The address is this site's, read in the
 * browser (the static pages do not know where they are served), and the access day is today.
 */
import { useSyncExternalStore } from 'react';
import { citeAtlas, type AtlasRef } from '@/data/cite';
import { todayUtc } from '@/data/day';
import { CitationList } from '../citation-list';

const noSubscription = (): (() => void) => () => {};

export function CiteAtlas({ atlas }: { atlas: AtlasRef }): React.JSX.Element {
  const origin = useSyncExternalStore(
    noSubscription,
    () => window.location.origin,
    () => null,
  );
  return (
    <section aria-labelledby="cite">
      <h2 id="cite">How to cite</h2>
      <p>
        Cite the atlas as a whole as below; to cite one map, open <em>Cite this view</em> beside it,
        which gives the view’s link. Each source of the record has its own <em>Cite</em> button.
      </p>
      {origin ? (
        <CitationList citations={citeAtlas(atlas, `${origin}/`, todayUtc())} />
      ) : (
        <p>The citations appear here once the page has loaded (they need the site’s address).</p>
      )}
    </section>
  );
}
