/**
 * What a prerendered year page says for search engines and link previews, and the view its HTML
 * shows; the sentences written by hand from data/records/memberships.json and organisations.json.
 */
import { describe, expect, it } from 'vitest';
import { atlasData } from '@/data/atlas';
import { staticView, yearPageMeta } from './year-page';

const data = atlasData('2026-11-24');
const ALL =
  'A map and a table of the CIS, CSTO, EAEU, Union State, CIS air defence and GUAM, with sources.';

describe("a year page's title and description", () => {
  it('names the members of the CSTO on 31 December 2008', () => {
    expect(yearPageMeta(data, 'csto', 2008)).toEqual({
      title: 'CSTO in 2008 — CIS Atlas',
      description: `The post-Soviet states in the CSTO on 2008-12-31: Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, Tajikistan, Uzbekistan. ${ALL}`,
      imageAlt: 'Map: CSTO in 2008',
    });
  });
  it('names the body of the year: the CST in 1995, with Azerbaijan, Georgia and Uzbekistan', () => {
    expect(yearPageMeta(data, 'csto', 1995).description).toBe(
      `The post-Soviet states in the CST on 1995-12-31: Armenia, Azerbaijan, Belarus, Georgia, Kazakhstan, Kyrgyzstan, Russia, Tajikistan, Uzbekistan. ${ALL}`,
    );
  });
  it('says so before the first body existed', () => {
    expect(yearPageMeta(data, 'csto', 1991)).toEqual({
      title: 'No CST yet in 1991 — CIS Atlas',
      description: `No Collective Security Treaty until 15 May 1992: no post-Soviet state was in it in 1991. ${ALL}`,
      imageAlt: 'Map: No CST yet in 1991',
    });
  });
  it('counts a state that is suspended as in the organisation: Ukraine in the air defence in 2015', () => {
    expect(yearPageMeta(data, 'jads', 2015).description).toBe(
      `The post-Soviet states in the CIS air defence on 2015-12-31: Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, Tajikistan, Turkmenistan, Ukraine, Uzbekistan. ${ALL}`,
    );
  });
  it('says "none" when nobody is in it', () => {
    const noGuam = { ...data, memberships: data.memberships.filter((m) => m.org !== 'guam') };
    expect(yearPageMeta(noGuam, 'guam', 2008).description).toBe(
      `The post-Soviet states in the GUAM on 2008-12-31: none. ${ALL}`,
    );
  });
  it('gives the current year the status of today', () => {
    expect(yearPageMeta(data, 'cis', 2026).description).toMatch(
      /^The post-Soviet states in the CIS on 2026-11-24: /,
    );
  });
});

describe('the view a page shows before the atlas runs', () => {
  it('opens on the table of the CIS in the current year at the root', () => {
    const view = staticView(data);
    expect(view.year).toBe(2026);
    expect(view.org.id).toBe('cis');
    expect(view.panes[0].title).toBe('CIS in 2026');
  });
  it('opens on what the path names: the CSTO in 2009', () => {
    const view = staticView(data, { layer: 'csto', year: 2009 });
    expect(view.panes[0].title).toBe('CSTO in 2009');
    expect(view.table.year).toBe(2009);
    // Cited as the table it shows.
    expect(view.cite.path).toBe('/?year=2009&layer=csto&view=table');
  });
});
