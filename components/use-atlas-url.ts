'use client';
/**
 * The atlas's shareable state, in the query string through nuqs and the one codec of
 * `./url-codec.ts`. The state is kept as a value beside the values that write it: a change is
 * merged into it, normalised and formatted once, and the URL is parsed only when it changes from
 * outside. A link with values that are not in the record is read with a notice for each, and the
 * address bar is then cleaned, without a new history entry, to the state shown.
 */
import { useQueryStates, type Options } from 'nuqs';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { AtlasUrlState, KnownIds, PageBase } from '@/data/url-state';
import { URL_KEYS, sameValues, urlStateCodec } from './url-codec';

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
  const codec = useMemo(() => urlStateCodec(currentYear, known, base), [currentYear, known, base]);
  const read = useMemo(() => codec.read(values), [codec, values]);
  // The notices of the link the reader opened stay until dismissed, after the URL is cleaned.
  const [notices] = useState(() => read.notices);
  useEffect(() => {
    if (!sameValues(read.canonical, values)) void setValues(read.canonical, { history: 'replace' });
  }, [read, values, setValues]);

  // Stable across renders, so that callbacks built on it (and the play timer) are too. It writes
  // over the latest URL, so that quick successive updates build on each other.
  const set = useCallback(
    (update: AtlasUrlUpdate, options?: Options): void => {
      void setValues((old) => codec.write(old, update), options);
    },
    [setValues, codec],
  );
  return { state: read.state, notices, set };
}
