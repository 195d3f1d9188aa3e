'use client';
/**
 * The atlas's shareable state, in the query string through nuqs and the one codec of
 * `./url-codec.ts`. A link with values that are not in the record is read with a notice for each,
 * and the address bar is then cleaned, without a new history entry, to the state shown.
 */
import { useQueryStates, type Options } from 'nuqs';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { parseUrlState, type AtlasUrlState, type KnownIds, type PageBase } from '@/data/url-state';
import { URL_KEYS, rawParams, rawValues, sameValues } from './url-codec';

export type AtlasUrlUpdate = Partial<AtlasUrlState>;

const NO_BASE: PageBase = {};

export interface AtlasUrl {
  state: AtlasUrlState;
  /** What the opening link asked for that could not be shown, one sentence each. */
  notices: readonly string[];
  /** Writes a change (push by default; pass `{ history: 'replace' }` for year steps). */
  set: (update: AtlasUrlUpdate, options?: Options) => void;
}

export function useAtlasUrl(
  currentYear: number,
  known: KnownIds,
  base: PageBase = NO_BASE,
): AtlasUrl {
  const [values, setValues] = useQueryStates(URL_KEYS, {
    history: 'push',
    shallow: true,
    scroll: false,
  });
  const parsed = useMemo(
    () => parseUrlState(rawParams(values), currentYear, known, base),
    [values, currentYear, known, base],
  );
  // The notices of the link the reader opened stay until dismissed, after the URL is cleaned.
  const [notices] = useState(() => parsed.notices);
  const canonical = useMemo(
    () => rawValues(parsed.state, currentYear, base),
    [parsed.state, currentYear, base],
  );
  useEffect(() => {
    if (!sameValues(canonical, values)) void setValues(canonical, { history: 'replace' });
  }, [canonical, values, setValues]);

  // Stable across renders, so that callbacks built on it (and the play timer) are too. It reads
  // the latest URL itself, so that quick successive updates build on each other.
  const set = useCallback(
    (update: AtlasUrlUpdate, options?: Options): void => {
      void setValues((old) => {
        const current = parseUrlState(rawParams(old), currentYear, known, base).state;
        // A named reading belongs to its layer: another layer starts on the record's own.
        const merged = { ...current, ...update };
        if (update.layer !== undefined && update.layer !== current.layer && !('reading' in update))
          merged.reading = null;
        const next = parseUrlState(
          rawParams(rawValues(merged, currentYear, base)),
          currentYear,
          known,
          base,
        ).state;
        return rawValues(next, currentYear, base);
      }, options);
    },
    [setValues, currentYear, known, base],
  );
  return { state: parsed.state, notices, set };
}
