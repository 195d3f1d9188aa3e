import { describe, expect, it } from 'vitest';
import { linkParams, linkTo } from './links';
import type { AtlasUrlState } from './url-state';

/** The state of the default view in 2026, with the given fields, written out. */
function view(fields: Partial<AtlasUrlState> = {}): AtlasUrlState {
  return {
    year: 2026,
    layer: 'cis',
    view: 'map',
    country: null,
    compare: null,
    since: null,
    split: false,
    presence: false,
    reading: null,
    controls: true,
    ...fields,
  };
}

const CSTO_2009 = { layer: 'csto', year: 2009 } as const;

describe('a link to the home page', () => {
  it('is the bare home page for the default view', () => {
    expect(linkTo(view(), { currentYear: 2026, base: 'home' })).toBe('/');
  });
  it('writes what differs from the defaults, whatever page it is made on', () => {
    expect(linkTo(view(CSTO_2009), { currentYear: 2026, base: 'home' })).toBe(
      '/?year=2009&layer=csto',
    );
    expect(
      linkTo(view({ ...CSTO_2009, country: 'GEO', presence: true }), {
        currentYear: 2026,
        base: 'home',
      }),
    ).toBe('/?year=2009&layer=csto&country=GEO&presence=1');
  });
  it('leaves out the year that is the current one', () => {
    expect(linkTo(view({ year: 2027, view: 'table' }), { currentYear: 2027, base: 'home' })).toBe(
      '/?view=table',
    );
  });
});

describe('a link that stays on its page', () => {
  it("leaves out the layer and year the page's path says", () => {
    expect(
      linkTo(view({ ...CSTO_2009, view: 'table' }), { currentYear: 2026, base: CSTO_2009 }),
    ).toBe('?view=table');
  });
  it("writes a layer or year other than the path's, the defaults included", () => {
    expect(
      linkTo(view({ layer: 'csto', year: 2010 }), { currentYear: 2026, base: CSTO_2009 }),
    ).toBe('?year=2010');
    expect(linkTo(view({ year: 2026 }), { currentYear: 2026, base: CSTO_2009 })).toBe(
      '?year=2026&layer=cis',
    );
  });
  it('on a page whose path says nothing (the home page, the embed view) leaves out the defaults', () => {
    expect(linkTo(view({ view: 'table' }), { currentYear: 2026, base: {} })).toBe('?view=table');
    expect(linkTo(view({ year: 2001, controls: false }), { currentYear: 2026, base: {} })).toBe(
      '?year=2001&controls=0',
    );
  });
  it("is a bare question mark, the page's own path, when nothing differs", () => {
    expect(linkTo(view(CSTO_2009), { currentYear: 2026, base: CSTO_2009 })).toBe('?');
  });
});

describe('a pinned link (a citation)', () => {
  it('writes the year and the organisation first, even where they are the defaults', () => {
    expect(linkTo(view(), { currentYear: 2026, base: 'home', pinned: true })).toBe(
      '/?year=2026&layer=cis',
    );
    expect(
      linkTo(view({ compare: 'csto', split: true, country: 'UKR' }), {
        currentYear: 2026,
        base: 'home',
        pinned: true,
      }),
    ).toBe('/?year=2026&layer=cis&country=UKR&compare=csto&split=1');
  });
});

describe('the query of a link', () => {
  it('is the same query as the link, without its path', () => {
    expect(linkParams(view(CSTO_2009), { currentYear: 2026, base: 'home' }).toString()).toBe(
      'year=2009&layer=csto',
    );
    expect(linkParams(view(), { currentYear: 2026, base: 'home' }).toString()).toBe('');
    expect(linkParams(view(CSTO_2009), { currentYear: 2026, base: CSTO_2009 }).toString()).toBe('');
  });
});
