/**
 * The tab's title follows the view: after a reader moves from `/csto/2009` to the EAEU in 2019,
 * the tab says "EAEU in 2019 — CIS Atlas", not the title the page was served with. While the view
 * is still the one the page opened on, the served title (from the page's metadata) is kept.
 */
import { useEffect, useRef } from 'react';
import { documentTitle } from '@/data/wording';

/** Keeps `document.title` on the view's title (`viewTitle`, e.g. "EAEU in 2019"). */
export function useDocumentTitle(viewTitle: string): void {
  const opened = useRef<{ view: string; title: string } | null>(null);
  useEffect(() => {
    opened.current ??= { view: viewTitle, title: document.title };
    document.title =
      viewTitle === opened.current.view ? opened.current.title : documentTitle(viewTitle);
  }, [viewTitle]);
}
