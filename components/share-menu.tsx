'use client';
/**
 * Share: copy the link of what is on screen (the whole state, and the map's view in the hash once
 * the reader has moved the map), the system share sheet where the browser has one, and the code to
 * embed the view in another page (embed-code.ts), with or without its controls, sized to fit or
 * not. The panel stays on the screen, on a phone too.
 */
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { embedCode } from '@/model/embed-code';
import './share-menu.css';

/**
 * Where the panel starts so that it stays on the screen, given where it would start and end (CSS
 * px) and the page's width: on a phone the Share button sits right of the middle, and a panel
 * hung from it ran off the right edge. Never past the left edge.
 */
function panelShift(left: number, right: number, width: number, margin = 8): number {
  const over = right - (width - margin);
  return over > 0 ? -Math.min(over, left - margin) : 0;
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
  const [controls, setControls] = useState(true);
  const [autoHeight, setAutoHeight] = useState(false);
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (!open) return;
    const place = (): void => {
      const el = panel.current;
      if (!el) return;
      el.style.left = '';
      const { left, right } = el.getBoundingClientRect();
      el.style.left = `${panelShift(left, right, document.documentElement.clientWidth)}px`;
    };
    place();
    window.addEventListener('resize', place);
    return () => window.removeEventListener('resize', place);
  }, [open]);
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
  const embed = open
    ? embedCode(window.location.origin, query, title, { controls, autoHeight })
    : '';
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
        <div ref={panel} className="share-panel" id={id} role="group" aria-label="Share this view">
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
          <fieldset className="share-embed-options">
            <legend>Embed</legend>
            <label>
              <input
                type="checkbox"
                checked={controls}
                onChange={(e) => setControls(e.target.checked)}
              />
              with the organisations and the year slider
            </label>
            <label>
              <input
                type="checkbox"
                checked={autoHeight}
                onChange={(e) => setAutoHeight(e.target.checked)}
              />
              resize the frame to fit (adds a short script)
            </label>
          </fieldset>
          <label>
            Embed this view ({controls ? 'map, slider and legend' : 'map and legend'})
            <textarea readOnly rows={4} value={embed} onFocus={(e) => e.target.select()} />
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
