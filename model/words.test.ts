/**
 * The words of the view model on the real record (issue 19, "Misleading words"): a year before
 * an organisation's first body is said as such everywhere, dates known only to the month are
 * written as months, and the EAEU's observers outside the fifteen are named. Every expected value
 * is written by hand from data/records (organisations.json, memberships.json).
 */
import { describe, expect, it } from 'vitest';
import { atlasData } from '@/data/atlas';
import { defaultState, type AtlasUrlState } from '@/data/url-state';
import { atlasView } from './atlas-view';

// A fresh record for each view: the view model's memo (shared.ts) would otherwise hand one test
// what an earlier test made, and a mutation run would not count the later test as covering it.
const record = () => atlasData('2026-12-07');
const at = (fields: Partial<AtlasUrlState>) =>
  atlasView({ ...defaultState(2026), ...fields }, record());

describe('a year before the first body of a line', () => {
  it.each([
    ['csto', 1991, 'No CST yet in 1991', 'No Collective Security Treaty until 15 May 1992'],
    [
      'eaeu',
      1993,
      'No 1995 Customs Union yet in 1993',
      'No Customs Union of Belarus and Russia, joined by Kazakhstan, Kyrgyzstan and Tajikistan, until 6 January 1995',
    ],
    [
      'union-state',
      1995,
      'No Russia–Belarus Community yet in 1995',
      'No Community of Belarus and Russia until 2 April 1996',
    ],
    [
      'jads',
      1994,
      'No CIS air defence yet in 1994',
      'No Joint Air Defence System of the CIS member states until 10 February 1995',
    ],
    ['guam', 1996, 'No GUAM yet in 1996', 'No GUAM consultative forum until 10 October 1997'],
  ] as const)(
    '%s %i: the map, legend and numbers say the body did not exist yet',
    (layer, year, title, label) => {
      const view = at({ layer, year });
      const [pane] = view.panes;
      expect(pane.title).toBe(title);
      expect(pane.legend.entries.map((e) => [e.style.label, e.count])).toEqual([[label, 15]]);
      expect(new Set(Object.values(pane.classes))).toEqual(new Set(['before']));
      expect(view.stats[0]!.notYet).toBe(label);
    },
  );
  it('the table says "before" the CST for 1991, not non-member', () => {
    const armenia = at({ year: 1991 }).table.rows.find((r) => r.iso3 === 'ARM')!;
    const cst = armenia.cells.find((c) => c.org === 'csto')!;
    expect([cst.status, cst.detail]).toEqual(['before', 'the CST, from 15 May 1992']);
    expect(armenia.cells.find((c) => c.org === 'cis')!.status).toBe('member');
  });
  it('the first year of a line is counted as usual', () => {
    const view = at({ layer: 'csto', year: 1992 });
    expect(view.panes[0].title).toBe('CST in 1992');
    expect(view.stats[0]!.notYet).toBeNull();
  });
});

describe('a change list writes a date known only to the month as a month', () => {
  it('the EurAsEC observers of 2002 and 2003', () => {
    const items = at({ layer: 'eaeu', year: 2015, since: 1995 }).changeList!.items;
    const when = (iso3: string, date: string) =>
      items.find((i) => i.iso3 === iso3 && i.date === date)!.when;
    expect(when('MDA', '2002-05-01')).toBe('May 2002');
    expect(when('UKR', '2002-05-01')).toBe('May 2002');
    expect(when('ARM', '2003-04-01')).toBe('April 2003');
    expect(when('KGZ', '1996-03-29')).toBe('29 March 1996');
  });
  it("Georgia's withdrawal from the air defence, effective in May 2009", () => {
    const items = at({ layer: 'jads', year: 2009, since: 2008 }).changeList!.items;
    expect(items.map((i) => [i.iso3, i.when, i.text])).toEqual([
      ['GEO', 'May 2009', "Georgia's withdrawal from the CIS air defence took effect"],
    ]);
  });
});

describe('the EAEU observers outside the fifteen', () => {
  it('Iran is named in the numbers line and the legend from 2024', () => {
    const view = at({ layer: 'eaeu', year: 2026 });
    expect(view.stats[0]!.others.map((o) => [o.name, o.status, o.since])).toEqual([
      ['Iran', 'observer', '26 December 2024'],
    ]);
    expect(view.panes[0].legend.note).toBe(
      'Status on 7 December 2026, as the record stood when last checked on 7 December 2026. Not a post-Soviet state: Iran, an observer of the EAEU since 26 December 2024.',
    );
  });
  it('no one outside the fifteen before Iran became an observer', () => {
    expect(at({ layer: 'eaeu', year: 2023 }).stats[0]!.others).toEqual([]);
  });
});

describe('the chart key before a line began', () => {
  it('knows the first year each line existed on 31 December', () => {
    expect(Object.fromEntries(at({}).chart.series.map((s) => [s.org, s.firstYear]))).toEqual({
      cis: 1991,
      csto: 1992,
      eaeu: 1995,
      'union-state': 1996,
      jads: 1995,
      guam: 1997,
    });
  });
});
