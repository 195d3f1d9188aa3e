/**
 * The view model on the real record, with expectations written by hand from the sources: who is
 * in each class, what the table's columns are called, what the change list says.
 */
import { describe, expect, it } from 'vitest';
import { atlasData } from '@/data/atlas';
import { defaultState, type AtlasUrlState } from '@/data/url-state';
import { atlasView } from './atlas-view';

// A fresh record for each view: the view model's memo (shared.ts) would otherwise hand one test
// what an earlier test made, and a mutation run would not count the later test as covering it.
const record = () => atlasData('2026-11-24');
const at = (fields: Partial<AtlasUrlState>) =>
  atlasView({ ...defaultState(2026), ...fields }, record());
const namesIn = (view: ReturnType<typeof at>, key: string): string[] =>
  view.panes[0].legend.entries.find((e) => e.key === key)?.states.map((s) => s.name) ?? [];

describe('the legend says who is in each class', () => {
  it('names the seven members of the CSTO in 2008', () => {
    const view = at({ layer: 'csto', year: 2008 });
    expect(view.panes[0].legend.title).toBe('CSTO in 2008');
    expect(namesIn(view, 'member')).toEqual([
      'Armenia',
      'Belarus',
      'Kazakhstan',
      'Kyrgyzstan',
      'Russia',
      'Tajikistan',
      'Uzbekistan',
    ]);
  });
  it('names who is in the CIS but not the CSTO in 2015, qualified statuses apart', () => {
    const view = at({ layer: 'cis', compare: 'csto', year: 2015 });
    expect(namesIn(view, 'only-a')).toEqual(['Azerbaijan', 'Moldova', 'Uzbekistan']);
    // Turkmenistan is an associate member and Ukraine a participating state: dotted.
    expect(namesIn(view, 'only-a~')).toEqual(['Turkmenistan', 'Ukraine']);
    expect(namesIn(view, 'both')).toEqual([
      'Armenia',
      'Belarus',
      'Kazakhstan',
      'Kyrgyzstan',
      'Russia',
      'Tajikistan',
    ]);
    expect(namesIn(view, 'neither')).toEqual(['Estonia', 'Georgia', 'Latvia', 'Lithuania']);
  });
  it('names the body of the year: the CST in 1995, with its rule', () => {
    const view = at({ layer: 'csto', year: 1995 });
    expect(view.panes[0].legend.title).toBe('CST in 1995');
    expect(view.panes[0].legend.note).toBe('Status on 31 December 1995.');
    expect(namesIn(view, 'member')).toHaveLength(9);
  });
  it('lists Crimea among the territories from 2014 and not in 2013', () => {
    const names = (y: number) => at({ year: y }).panes[0].legend.territories.map((t) => t.name);
    expect(names(2013).some((n) => n.startsWith('Crimea'))).toBe(false);
    expect(names(2014)).toContain('Crimea (Autonomous Republic of Crimea and Sevastopol)');
    expect(at({ year: 2014 }).panes[0].activeTerritories).toContain('crimea');
  });
});

describe('the table', () => {
  it('heads its columns with the bodies of the year and their successors', () => {
    expect(at({ year: 1995, view: 'table' }).table.columns).toEqual([
      { org: 'cis', heading: 'CIS', later: null },
      { org: 'csto', heading: 'CST', later: 'CSTO' },
      { org: 'eaeu', heading: '1995 Customs Union', later: 'EAEU' },
      // Before the Community of 2 April 1996: the first body of the line, and its successor.
      { org: 'union-state', heading: 'Russia–Belarus Community', later: 'Union State' },
      { org: 'jads', heading: 'CIS air defence', later: null },
      { org: 'guam', heading: 'GUAM', later: null },
    ]);
  });
  it('gives Georgia withdrawing from the CIS at the end of 2008, with a source', () => {
    const row = at({ year: 2008 }).table.rows.find((r) => r.iso3 === 'GEO')!;
    // CIS, CSTO, EAEU, Union State, the joint air defence (notice of 14 May 2008), GUAM.
    expect(row.cells.map((c) => c.status)).toEqual([
      'withdrawing',
      'non-member',
      'non-member',
      'non-member',
      'withdrawing',
      'member',
    ]);
    expect(row.cells[0]!.source).not.toBeNull();
  });
  it('gives each source one footnote, numbered in reading order, and points every cell at it', () => {
    const table = at({ year: 2015, view: 'table' }).table;
    const cells = table.rows.flatMap((r) => r.cells);
    expect(cells.find((c) => c.note !== null)?.note).toBe(1);
    for (const c of cells)
      expect(c.note === null ? null : table.notes[c.note - 1]).toEqual(c.source);
    expect(new Set(table.notes.map((n) => JSON.stringify(n))).size).toBe(table.notes.length);
    expect(table.notes.length).toBeLessThan(cells.length);
  });
  it("writes the cells' days short: Armenia a member of the CIS since 16 Mar 1994", () => {
    const arm = at({ year: 2015 }).table.rows.find((r) => r.iso3 === 'ARM')!;
    expect(arm.cells[0]!.detail).toBe('since 16 Mar 1994');
    expect(arm.cells[1]).toMatchObject({
      detail: 'since 15 May 1992',
      inBody: '; in the CSTO since 18 Sep 2003',
    });
  });
});

describe('a change between two years', () => {
  it('reads from the earlier year whichever is given first, and lists the changes in order', () => {
    const view = at({ layer: 'csto', year: 2000, since: 2020 });
    expect(view.panes[0].title).toBe('CST in 2000 to CSTO in 2020');
    expect(view.changeList!.heading).toBe('Changes in the CST and the CSTO, 2000 to 2020');
    expect(view.changeList!.items.map((i) => [i.iso3, i.date])).toEqual([
      ['UZB', '2006-12-13'],
      ['UZB', '2012-06-28'],
      ['UZB', '2012-12-19'],
    ]);
  });
  it('says the EurAsEC ended for Tajikistan rather than that it left the EAEU', () => {
    const items = at({ layer: 'eaeu', year: 2015, since: 2014 }).changeList!.items;
    const tajik = items.find((i) => i.iso3 === 'TJK')!;
    expect(tajik.text).toBe(
      "Tajikistan's membership ended when the EurAsEC was succeeded by the EAEU, which Tajikistan did not join then",
    );
  });
});

describe('the numbers and the selected country', () => {
  it('counts the CSTO members in 2008 and both organisations when comparing', () => {
    expect(at({ layer: 'csto', year: 2008 }).stats).toEqual([
      {
        orgName: 'CSTO',
        year: 2008,
        members: ['ARM', 'BLR', 'KAZ', 'KGZ', 'RUS', 'TJK', 'UZB'],
        full: 7,
        of: 15,
        // The land areas are fetched apart: not given here.
        area: null,
        notYet: null,
        others: [],
      },
    ]);
    expect(at({ layer: 'cis', compare: 'eaeu', year: 2016 }).stats.map((s) => s.orgName)).toEqual([
      'CIS',
      'EAEU',
    ]);
  });
  it('gives a selected country its status in every organisation, named for the year', () => {
    const country = at({ year: 1999, country: 'UZB' }).country!;
    expect(country.statuses.map((s) => [s.name, s.cell.status])).toEqual([
      ['CIS', 'member'],
      ['CST', 'non-member'],
      ['1995 Customs Union', 'non-member'],
      ['Russia–Belarus Union', 'non-member'],
      ['CIS air defence', 'member'],
      // Joined on 24 April 1999 in Washington: GUAM became GUUAM.
      ['GUUAM', 'member'],
    ]);
    expect(country.timelines[1]!.years.find((y) => y.year === 1998)!.status).toBe('member');
  });
  it('has no panel for a country outside the post-Soviet states but a name', () => {
    const country = at({ country: 'CHN' }).country!;
    expect(country.name).toBe('China');
    expect(country.statuses).toEqual([]);
  });
});

describe('the maps', () => {
  it('puts two maps side by side, the earlier year on the left', () => {
    const view = at({ layer: 'csto', year: 2013, since: 2008, split: true });
    expect(view.panes.map((p) => p.title)).toEqual(['CSTO in 2008', 'CSTO in 2013']);
    expect(view.panes[0].classes.UZB).toBe('member');
    expect(view.panes[1]!.classes.UZB).toBe('non-member');
  });
  it('describes a neighbour as such on hover', () => {
    expect(at({}).panes[0].describe('CHN', 'China')).toBe('China: not a post-Soviet state');
  });
});

describe('what a citation of the view names', () => {
  it('the CSTO in 2008, at a link that writes out the year and the organisation', () => {
    expect(at({ layer: 'csto', year: 2008 }).cite).toMatchObject({
      title: 'CSTO in 2008',
      path: '/?year=2008&layer=csto',
    });
  });
  it('the atlas itself, by its name and title and the day its record was checked', () => {
    // A made-up record check, so that the test does not move with data/records/meta.json.
    const data = record();
    const meta = { ...data.meta, name: 'Atlas', title: 'Atlas: a test', checkedOn: '2026-11-20' };
    expect(atlasView(defaultState(2026), { ...data, meta }).cite.atlas).toEqual({
      name: 'Atlas',
      title: 'Atlas: a test',
      checkedOn: '2026-11-20',
    });
  });
  it('the body of its day and the comparison: the CST in 1995 beside the CIS', () => {
    expect(at({ layer: 'csto', year: 1995, compare: 'cis' }).cite).toMatchObject({
      title: 'CST and CIS in 1995',
      path: '/?year=1995&layer=csto&compare=cis',
    });
  });
  it('both maps of a side-by-side view, left to right, and the current year pinned in the link', () => {
    expect(at({ layer: 'eaeu', since: 2014, split: true }).cite).toMatchObject({
      title: 'EurAsEC in 2014 and EAEU in 2026',
      path: '/?year=2026&layer=eaeu&since=2014&split=1',
    });
  });
});
