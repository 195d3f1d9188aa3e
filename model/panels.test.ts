/**
 * The panels of the view model on the real record: the reference day each is given, the numbers
 * out of the states shown and their land area, the change list in either order, the chart made
 * once per record. Expectations read by hand from data/records/memberships.json.
 */
import { describe, expect, it } from 'vitest';
import type { AtlasData } from '@/data/records';
import { atlasData } from '@/data/atlas';
import { defaultState, type AtlasUrlState } from '@/data/url-state';
import { atlasView } from './atlas-view';
import { chartView } from './panels';
import type { LandAreas } from './types';

// A fresh record for each view: the view model's memo (shared.ts) would otherwise hand one test
// what an earlier test made, and a mutation run would not count the later test as covering it.
const record = (today = '2026-11-24') => atlasData(today);
const at = (fields: Partial<AtlasUrlState>, data: AtlasData = record(), areas?: LandAreas) =>
  atlasView({ ...defaultState(2026), ...fields }, data, areas);

describe('the day every panel shows', () => {
  // Moldova withdraws from the CIS from 11 March 2026 (its parliament's denunciation).
  const march = () => record('2026-03-01');
  const moldova = (view: ReturnType<typeof at>) => ({
    table: view.table.rows.find((r) => r.iso3 === 'MDA')!.cells[0]!.status,
    map: view.panes[0].classes.MDA,
    panel: view.country!.statuses[0]!.cell.status,
  });
  it('is today in the current year: Moldova still a member of the CIS on 1 March 2026', () => {
    const view = at({ country: 'MDA' }, march());
    expect(view.day).toBe('2026-03-01');
    expect(moldova(view)).toEqual({ table: 'member', map: 'member', panel: 'member' });
  });
  it('and withdrawing on 24 November 2026', () => {
    expect(moldova(at({ country: 'MDA' }))).toEqual({
      table: 'withdrawing',
      map: 'withdrawing',
      panel: 'withdrawing',
    });
  });
  it('is 31 December in a past year, whatever today is', () => {
    const view = at({ year: 2025, country: 'MDA' }, march());
    expect(view.day).toBe('2025-12-31');
    expect(moldova(view)).toEqual({ table: 'member', map: 'member', panel: 'member' });
  });
  it('is each map’s own year side by side: Nagorno-Karabakh marked in 2022, not in 2023', () => {
    // The territory's entry ends on 20 September 2023 (the Azerbaijani offensive).
    const [left, right] = at({ year: 2023, since: 2022, split: true }).panes;
    expect(left.activeTerritories).toContain('nagorno-karabakh');
    expect(right!.activeTerritories).not.toContain('nagorno-karabakh');
    expect(left.legend.note).toBe('Status on 31 December 2022.');
    expect(right!.legend.note).toBe('Status on 31 December 2023.');
  });
});

describe('the numbers', () => {
  it('count out of the states shown', () => {
    const data = record();
    const noBaltics = {
      ...data,
      countries: data.countries.filter((c) => !['EST', 'LVA', 'LTU'].includes(c.iso3)),
    };
    const [csto] = at({ layer: 'csto', year: 2008 }, noBaltics).stats;
    expect(csto).toMatchObject({ of: 12, full: 7 });
    expect(at({ layer: 'csto', year: 2008 }).stats[0]!.of).toBe(15);
  });
  it('add up the land area of the members only, once the areas are known', () => {
    // Powers of two, so that the sum says which states were counted.
    const areas = { ARM: 1, BLR: 2, KAZ: 4, KGZ: 8, RUS: 16, TJK: 32, UZB: 64, GEO: 128, UKR: 256 };
    expect(at({ layer: 'csto', year: 2008 }, record(), areas).stats[0]!.area).toBe(127);
    // Uzbekistan suspended its membership in 2012.
    expect(at({ layer: 'csto', year: 2013 }, record(), areas).stats[0]!.area).toBe(63);
    // A state the file has no area for counts as nothing.
    expect(at({ layer: 'csto', year: 2008 }, record(), { RUS: 17 }).stats[0]!.area).toBe(17);
    expect(at({ layer: 'csto', year: 2008 }).stats[0]!.area).toBeNull();
  });
  it('give each of two compared organisations its own count and area', () => {
    const areas = { ARM: 1, BLR: 2, KAZ: 4, KGZ: 8, RUS: 16, TJK: 32, UZB: 64, GEO: 128, UKR: 256 };
    const [csto, guam] = at({ layer: 'csto', compare: 'guam', year: 2008 }, record(), areas).stats;
    expect(csto).toMatchObject({ orgName: 'CSTO', area: 127 });
    // GUAM in 2008: Georgia, Ukraine, Azerbaijan and Moldova (no area given for the last two).
    expect(guam).toMatchObject({
      orgName: 'GUAM',
      members: ['AZE', 'GEO', 'MDA', 'UKR'],
      area: 384,
    });
  });
});

describe('the table', () => {
  it('heads the comparison column with the comparison map’s title', () => {
    expect(at({ layer: 'csto', year: 1995, compare: 'cis' }).table.comparison!.heading).toBe(
      'Comparison: CST and CIS in 1995',
    );
  });
  it('marks a cell other sources read otherwise, and no cell without an interval', () => {
    const cell = (iso: string, org: string) =>
      at({ year: 2015 })
        .table.rows.find((r) => r.iso3 === iso)!
        .cells.find((c) => c.org === org)!;
    expect(cell('UKR', 'jads')).toMatchObject({ disputed: true, readAs: ['member'] });
    expect(cell('ARM', 'csto')).toMatchObject({ disputed: false, readAs: [] });
    expect(cell('EST', 'cis')).toMatchObject({ disputed: false, readAs: [], source: null });
  });
});

describe('the numbers on the first day of a body', () => {
  it('count the six signatories of the Collective Security Treaty on 15 May 1992', () => {
    const [cst] = at({ layer: 'csto', year: 1992 }, record('1992-05-15')).stats;
    expect(cst!.notYet).toBeNull();
    expect(cst!.members).toEqual(['ARM', 'KAZ', 'KGZ', 'RUS', 'TJK', 'UZB']);
    expect(at({ layer: 'csto', year: 1992 }, record('1992-05-14')).stats[0]!.notYet).toBe(
      'No Collective Security Treaty until 15 May 1992',
    );
  });
});

describe('the change list', () => {
  it('reads the same whichever year is given first', () => {
    const later = at({ layer: 'csto', year: 2020, since: 2000 }).changeList!;
    const earlier = at({ layer: 'csto', year: 2000, since: 2020 }).changeList!;
    expect(later.heading).toBe('Changes in the CST and the CSTO, 2000 to 2020');
    expect(later).toEqual(earlier);
  });
  it('says when nothing changed, up to the end of a past year or up to today', () => {
    const past = at({ layer: 'csto', year: 2016, since: 2014 }).changeList!;
    expect(past.items).toEqual([]);
    expect(past.empty).toBe('No change between the end of 2014 and the end of 2016.');
    expect(at({ layer: 'csto', since: 2025 }).changeList!.empty).toBe(
      'No change between the end of 2025 and today.',
    );
    expect(at({ layer: 'csto', year: 2020, since: 2000 }).changeList!.empty).toBeNull();
  });
  it('dates and sources each change, with a key of its own', () => {
    const items = at({ layer: 'csto', year: 2020, since: 2000 }).changeList!.items;
    expect(items.map((i) => i.key)).toEqual([
      'UZB2006-12-13member',
      'UZB2012-06-28suspended',
      'UZB2012-12-19non-member',
    ]);
    expect(items[0]!.when).toBe('13 December 2006');
    expect(items[0]!.source.title).toBeTruthy();
  });
  it('is not shown without a year to compare with, nor beside another organisation', () => {
    expect(at({ layer: 'csto', year: 2020 }).changeList).toBeNull();
    expect(at({ layer: 'csto', year: 2020, since: 2000, compare: 'cis' }).changeList).toBeNull();
  });
});

describe('the chart', () => {
  it('is made once per record, and anew for another record', () => {
    const data = record();
    expect(chartView(data)).toBe(chartView(data));
    const noGuam = { ...data, memberships: data.memberships.filter((m) => m.org !== 'guam') };
    const guam = (chart: ReturnType<typeof chartView>) =>
      chart.series.find((s) => s.org === 'guam')!.rows.find((r) => r.year === 2008)!;
    expect(guam(chartView(data))).toEqual({ year: 2008, members: 4, full: 4 });
    expect(guam(chartView(noGuam))).toEqual({ year: 2008, members: 0, full: 0 });
  });
  it('runs from 1991 to the current year, naming each line’s body of the year', () => {
    const csto = chartView(record()).series.find((s) => s.org === 'csto')!;
    expect([csto.rows.length, csto.rows[0]!.year, csto.rows.at(-1)!.year]).toEqual([
      36, 1991, 2026,
    ]);
    expect([csto.names[1995], csto.names[2003], csto.names[2026]]).toEqual(['CST', 'CSTO', 'CSTO']);
  });
  it('names each year’s changes in a sentence', () => {
    const data = record();
    const changes = chartView(data).changes[2012]!;
    expect(changes).toContain("Uzbekistan's participation in the CSTO was suspended");
    expect(changes).toContain('Uzbekistan left the CSTO');
    expect(chartView(data).changes[2013]).not.toContain('Uzbekistan left the CSTO');
  });
});
