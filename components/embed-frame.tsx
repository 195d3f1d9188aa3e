'use client';
/**
 * The embed view's page element. It reads `controls=` through the link codec (`controls=0` hides
 * the switcher and the slider, so that the map gets the frame; the atlas gives the notice for a bad
 * value), and, when framed, posts its content's height to the page that frames it. When that page
 * answers (the auto-height snippet of embed-code.ts sizes the frame), the map is laid out by the
 * frame's width instead of its height, which would otherwise grow with the map without end.
 */
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { parseControlsParam } from '@/data/url-state';
import { AUTO_HEIGHT_MESSAGE, HEIGHT_MESSAGE } from '@/model/embed-code';
import { loadRawValues } from './url-codec';
import './embed-frame.css';

/** Whether the link asks for the map without its controls (`controls=0`). */
const bareInLink = (): boolean =>
  parseControlsParam(loadRawValues(window.location.search).controls ?? undefined) === false;
/** The embed view never changes its own link's `controls=`. */
const noChange = (): (() => void) => () => undefined;

export function EmbedFrame({ children }: { children: React.ReactNode }): React.JSX.Element {
  const main = useRef<HTMLElement>(null);
  const bare = useSyncExternalStore(noChange, bareInLink, () => false);
  const [sized, setSized] = useState(false);
  const [mapTop, setMapTop] = useState<number | null>(null);
  useEffect(() => {
    const el = main.current;
    const parent = window.parent;
    if (!el || parent === window) return undefined;
    const onMessage = (e: MessageEvent): void => {
      const d: unknown = e.data;
      if (e.source === parent && (d as { type?: unknown } | null)?.type === AUTO_HEIGHT_MESSAGE)
        setSized(true);
    };
    let last = 0;
    // The height is no secret: it goes to whichever page frames the view.
    const post = (): void => {
      const height = Math.ceil(el.getBoundingClientRect().bottom + window.scrollY + 8);
      if (height !== last) parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
      last = height;
    };
    const observer = new ResizeObserver(post);
    observer.observe(el);
    window.addEventListener('message', onMessage);
    return () => {
      observer.disconnect();
      window.removeEventListener('message', onMessage);
    };
  }, []);
  // The map fills the frame under the controls, however many rows they wrap into at its width:
  // their height is measured (it depends on the width only, so the map's height cannot feed back).
  useEffect(() => {
    const el = main.current;
    if (!el) return undefined;
    const measure = (): void => {
      const view = el.querySelector('.main-view');
      if (view) setMapTop(Math.round(view.getBoundingClientRect().top + window.scrollY));
    };
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const className = [
    'atlas embed',
    bare && 'embed-bare',
    sized && 'embed-sized',
    mapTop !== null && 'embed-measured',
  ]
    .filter(Boolean)
    .join(' ');
  const style = mapTop === null ? undefined : { '--embed-map-top': `${mapTop}px` };
  return (
    <main ref={main} id="main" className={className} style={style as React.CSSProperties}>
      {children}
    </main>
  );
}
