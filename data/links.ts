/**
 * The one builder of links to a view, with the page-base rule stated once: a link that stays on
 * its page leaves out what the page's path already says (`/csto/2009` needs no `layer` or
 * `year`), and a link to the home page leaves out only the defaults. The address bar, the table
 * link, the share and embed links, the embed view's way back and a citation all go through it.
 */
import { formatUrlState, type AtlasUrlState, type PageBase } from './url-state';

export interface LinkOptions {
  currentYear: number;
  /**
   * Where the link is followed: on the page it is on, whose path says `base` (`{}` for a page
   * whose path says nothing, such as `/` or `/embed`), or `'home'`, the home page from anywhere.
   */
  base: PageBase | 'home';
  /**
   * Write the year and the organisation even where they are the defaults, first: a citation's
   * link must show the same map after the current year moves on, or if the default changed.
   */
  pinned?: boolean;
}

/** The query of a link to the view (no `?`), as parameters. */
export function linkParams(
  state: AtlasUrlState,
  { currentYear, base, pinned = false }: LinkOptions,
): URLSearchParams {
  const params = formatUrlState(state, currentYear, base === 'home' ? {} : base);
  if (!pinned) return params;
  const query = new URLSearchParams({ year: String(state.year), layer: state.layer });
  params.forEach((value, key) => {
    if (key !== 'year' && key !== 'layer') query.append(key, value);
  });
  return query;
}

/**
 * A link to the view: `?query` on the page it is on (`?view=table`; `?` alone for the page's
 * own path), `/?query` or `/` to the home page.
 */
export function linkTo(state: AtlasUrlState, options: LinkOptions): string {
  const query = linkParams(state, options).toString();
  if (options.base !== 'home') return `?${query}`;
  return query ? `/?${query}` : '/';
}
