'use client';
/**
 * A small "Cite" button beside a source: copies the source's APA citation. Where the clipboard
 * cannot be written, the citation is shown beside the button and selected.
 */
import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import './cite.css';
import { citeSource } from '@/data/cite';
import type { Source } from '@/data/schema';
import { useCopy } from './use-copy';

export function CiteSourceButton({ source }: { source: Source }): React.JSX.Element {
  const { status, copy } = useCopy();
  const [shown, setShown] = useState<string | null>(null);
  const ref = useRef<HTMLSpanElement>(null);
  const onClick = (): void => {
    const text = citeSource(source).apa;
    void copy(text, () => {
      flushSync(() => setShown(text));
      return ref.current;
    });
  };
  return (
    <span className="cite-source">
      <button
        type="button"
        className="cite-button"
        aria-label={`Cite: copy an APA citation of “${source.title}”`}
        onClick={onClick}
      >
        Cite
      </button>
      <span role="status" className="copy-status">
        {status}
      </span>
      {shown && (
        <span ref={ref} className="cite-fallback">
          {shown}
        </span>
      )}
    </span>
  );
}
