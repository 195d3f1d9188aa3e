'use client';
/** The atlas shell's two hooks: the live region's sentence, and Escape closing the panel. */
import { useEffect, useRef, useState } from 'react';
import type { AtlasData } from '@/data/atlas-data';
import type { AtlasUrlState } from '@/data/url-state';
import { announcement } from './view-model';

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
