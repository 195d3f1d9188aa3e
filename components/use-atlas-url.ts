'use client';
/**
 * The atlas's shareable state, in the query string through nuqs. The parsers are the same pure
 * functions the server uses to explain a bad link (`data/url-state.ts`).
 */
import { createParser, parseAsStringLiteral, useQueryStates, type Options } from 'nuqs';
import { useCallback, useMemo } from 'react';
import { ORG_IDS, type OrgId } from '@/data/vocabulary';
import {
  DEFAULT_LAYER,
  VIEWS,
  parseOrgParam,
  parseYearParam,
  type AtlasUrlState,
} from '@/data/url-state';

function yearParser(currentYear: number) {
  return createParser({ parse: (v) => parseYearParam(v, currentYear), serialize: String });
}

const orgParser = createParser<OrgId>({ parse: parseOrgParam, serialize: (v) => v });

function atlasParsers(currentYear: number) {
  return {
    year: yearParser(currentYear).withDefault(currentYear),
    layer: parseAsStringLiteral(ORG_IDS).withDefault(DEFAULT_LAYER),
    view: parseAsStringLiteral(VIEWS).withDefault('map'),
    country: createParser({
      parse: (v) => (/^[A-Za-z]{3}$/.test(v) ? v.toUpperCase() : null),
      serialize: (v: string) => v,
    }),
    compare: orgParser,
    since: yearParser(currentYear),
    split: createParser<boolean>({
      parse: (v) => (v === '1' || v === 'true' ? true : null),
      serialize: () => '1',
    }).withDefault(false),
  };
}

export type AtlasUrlUpdate = Partial<AtlasUrlState>;

/** The state from the URL, and a setter that writes it back (push by default; replace while playing). */
export function useAtlasUrl(
  currentYear: number,
): [AtlasUrlState, (update: AtlasUrlUpdate, options?: Options) => void] {
  const parsers = useMemo(() => atlasParsers(currentYear), [currentYear]);
  const [values, setValues] = useQueryStates(parsers, {
    history: 'push',
    shallow: true,
    scroll: false,
  });
  const state: AtlasUrlState = {
    year: values.year,
    layer: values.layer,
    view: values.view,
    country: values.country,
    compare: values.compare !== values.layer ? values.compare : null,
    since: values.compare ? null : values.since,
    split: values.split && (values.compare !== null || values.since !== null),
  };
  // Stable across renders, so that callbacks built on it (and the play timer) are too.
  const set = useCallback(
    (update: AtlasUrlUpdate, options?: Options): void => {
      const { split, ...rest } = update;
      void setValues(
        { ...rest, ...(split === undefined ? {} : { split: split ? true : null }) },
        options,
      );
    },
    [setValues],
  );
  return [state, set];
}
