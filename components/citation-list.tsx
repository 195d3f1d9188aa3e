'use client';
/** A citation in three formats, each with its text and a Copy button that says when it copied. */
import { useRef } from 'react';
import './cite.css';
import type { Citations } from '@/data/cite';
import { useCopy } from './use-copy';

const FORMATS = [
  ['apa', 'APA 7'],
  ['chicago', 'Chicago (author-date)'],
  ['bibtex', 'BibTeX'],
] as const;

function CitationFormat({ label, text }: { label: string; text: string }): React.JSX.Element {
  const { status, copy } = useCopy();
  const ref = useRef<HTMLPreElement>(null);
  return (
    <div className="citation">
      <dt>{label}</dt>
      <dd>
        <pre ref={ref}>{text}</pre>
        <button
          type="button"
          aria-label={`Copy the ${label} citation`}
          onClick={() => void copy(text, () => ref.current)}
        >
          Copy
        </button>{' '}
        <span role="status" className="copy-status">
          {status}
        </span>
      </dd>
    </div>
  );
}

export function CitationList({ citations }: { citations: Citations }): React.JSX.Element {
  return (
    <dl className="citations">
      {FORMATS.map(([key, label]) => (
        <CitationFormat key={key} label={label} text={citations[key]} />
      ))}
    </dl>
  );
}
