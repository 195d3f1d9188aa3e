'use client';
/**
 * Share: copy the link of what is on screen (the whole state, the map's view in the hash
 * included), the system share sheet where the browser has one, and the code to embed the view in
 * another page (an iframe of /embed with the same query, titled for screen readers).
 */
import { useEffect, useId, useRef, useState } from 'react';
import { escapeXml } from '@/data/text';
import { EMBED_PATH } from '@/security-headers';

/**
 * The iframe that shows a view in another page: the embed view on `origin` with the view's whole
 * query (a path page's organisation and year included, which the embed view reads from the query).
 */
export function embedCode(origin: string, query: string, title: string): string {
  const src = `${origin}${EMBED_PATH}${query ? `?${query}` : ''}`;
  return (
    `<iframe src="${escapeXml(src)}" title="${escapeXml(`${title} (CIS Atlas)`)}" ` +
    'width="100%" height="450" style="border:0" loading="lazy"></iframe>'
  );
}

export function ShareMenu({
  title,
  query,
  onDownload,
}: {
  title: string;
  /** The whole state as a query (`layer=csto&year=2009`), whatever the page's path. */
  query: string;
  /** Saves the map of the view as a figure (title, legend with names, sources, link). */
  onDownload: (kind: 'png' | 'svg') => Promise<void>;
}): React.JSX.Element {
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent): void => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('keydown', onKey, true);
    return () => document.removeEventListener('keydown', onKey, true);
  }, [open]);

  const copy = (text: string, what: string): void => {
    navigator.clipboard
      .writeText(text)
      .then(() => setStatus(`${what} copied.`))
      .catch(() => setStatus(`Could not copy: select the ${what.toLowerCase()} and copy it.`));
  };
  // Read when the panel is open (after hydration, in the browser only).
  const href = open ? window.location.href : '';
  const canShare = open && typeof navigator.share === 'function';
  const embed = open ? embedCode(window.location.origin, query, title) : '';
  return (
    <div className="share-menu">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => {
          setOpen(!open);
          setStatus('');
        }}
      >
        Share
      </button>
      {open && (
        <div className="share-panel" id={id} role="group" aria-label="Share this view">
          <label>
            Link to this view
            <input type="text" readOnly value={href} onFocus={(e) => e.target.select()} />
          </label>
          <button type="button" onClick={() => copy(href, 'Link')}>
            Copy link
          </button>
          {canShare && (
            <button
              type="button"
              onClick={() => {
                navigator.share({ title: `${title} (CIS Atlas)`, url: href }).catch(() => {});
              }}
            >
              Share…
            </button>
          )}
          <label>
            Embed this view (map, slider and legend)
            <textarea readOnly rows={3} value={embed} onFocus={(e) => e.target.select()} />
          </label>
          <button type="button" onClick={() => copy(embed, 'Embed code')}>
            Copy embed code
          </button>
          <div className="share-downloads">
            {(['png', 'svg'] as const).map((kind) => (
              <button
                key={kind}
                type="button"
                onClick={() => {
                  setStatus('Making the image…');
                  onDownload(kind)
                    .then(() => setStatus(`Map saved as ${kind.toUpperCase()}.`))
                    .catch((e: unknown) =>
                      setStatus(`Could not make the image: ${e instanceof Error ? e.message : e}`),
                    );
                }}
              >
                Download the map ({kind === 'png' ? 'PNG' : 'SVG'})
              </button>
            ))}
          </div>
          <p className="share-status" role="status">
            {status}
          </p>
        </div>
      )}
    </div>
  );
}
