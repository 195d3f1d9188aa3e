'use client';
/**
 * "Cite this view": the view's citation in three formats, with the view's full link (the
 * canonical query of its URL state, on this site's origin) and today as the access day. The
 * citations are made only while the disclosure is open, in the browser, so that they name the
 * reader's address and day rather than the build's.
 */
import { useState } from 'react';
import { citeView, type AtlasRef } from '@/data/cite';
import { todayUtc } from '@/data/day';
import { CitationList } from './citation-list';

export function CiteView({
  atlas,
  title,
  path,
}: {
  atlas: AtlasRef;
  title: string;
  /** The view's link from the site's root, e.g. `/?year=2008&layer=csto`. */
  path: string;
}): React.JSX.Element {
  const [open, setOpen] = useState(false);
  return (
    <details className="cite-view" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Cite this view</summary>
      {open && (
        <CitationList
          citations={citeView(
            atlas,
            { title, url: new URL(path, window.location.origin).href },
            todayUtc(),
          )}
        />
      )}
    </details>
  );
}
