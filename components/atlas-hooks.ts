'use client';
/**
 * The atlas shell's hooks: the live region's sentence, Escape closing the panel, and the download
 * of the view's map as a figure.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AtlasData } from '@/data/records';
import type { AtlasUrlState } from '@/data/url-state';
import { announcement, type AtlasView } from '@/model';

/** The live region's sentence: what changed since the year shown before, in this organisation. */
export function useAnnouncement(state: AtlasUrlState, data: AtlasData): string {
  const shown = useRef<{ year: number; layer: string } | null>(null);
  const [said, setSaid] = useState(() => announcement(null, state, data));
  const { year, layer } = state;
  useEffect(() => {
    const before = shown.current;
    shown.current = { year, layer };
    if (before === null || (before.year === year && before.layer === layer)) return;
    setSaid(
      announcement(
        before.layer === layer ? { year: before.year, layer } : null,
        { ...state, year, layer },
        data,
      ),
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new year or layer is news
  }, [year, layer, data]);
  return said;
}

/** Escape closes the country panel while it is open. */
export function useEscape(open: boolean, close: () => void): void {
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === 'Escape') close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open, close]);
}

/**
 * Saves the view on screen as a figure; one callback for the life of the page (the view is read
 * when asked), so that the memoised controls do not re-render for it. The renderer and d3-geo
 * load only when a reader asks for an image.
 */
export function useDownload(view: AtlasView): (kind: 'png' | 'svg') => Promise<void> {
  const latest = useRef(view);
  useEffect(() => {
    latest.current = view;
  });
  return useCallback(async (kind) => {
    const { downloadFigure } = await import('./map/figure-download');
    const { origin, pathname, search } = window.location;
    await downloadFigure(latest.current, kind, `${origin}${pathname}${search}`);
  }, []);
}
