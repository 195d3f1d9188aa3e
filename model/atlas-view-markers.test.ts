/**
 * More of the view model on the real record: the map's markers, the slider's event ticks and the
 * split. Expected ids, names and years are read by hand from data/records/territories.json and
 * data/records/events.json.
 */
import { describe, expect, it } from 'vitest';
import { atlasData } from '@/data/atlas';
import { defaultState, type AtlasUrlState } from '@/data/url-state';
import { announcement, atlasView } from './atlas-view';

// A fresh record for each view: the view model's memo (shared.ts) would otherwise hand one test
// what an earlier test made, and a mutation run would not count the later test as covering it.
const record = () => atlasData('2026-11-24');
const at = (fields: Partial<AtlasUrlState>) =>
  atlasView({ ...defaultState(2026), ...fields }, record());

describe('the markers', () => {
  it('marks every territory drawn as a point, and not Crimea, which is drawn as a polygon', () => {
    const markers = at({}).territoryMarkers;
    expect(markers.map((m) => m.id)).toEqual([
      'donetsk-2014',
      'luhansk-2014',
      'zaporizhzhia-2022',
      'kherson-2022',
      'transnistria',
      'abkhazia',
      'south-ossetia',
      'nagorno-karabakh',
    ]);
    expect(markers[0]).toEqual({
      id: 'donetsk-2014',
      name: 'Russian-occupied Donetsk oblast',
      at: [37.8, 48],
    });
  });
  it('names an event marker by its title and its place', () => {
    const burabay = at({}).eventMarkers.find((m) => m.id === 'cis-summit-burabay');
    expect(burabay).toEqual({
      id: 'cis-summit-burabay',
      name: 'CIS summit in Burabay (Burabay)',
      at: expect.any(Array),
    });
    expect(at({}).eventMarkers.some((m) => m.id === 'eaeu-in-force')).toBe(false);
  });
  it('keys the dots of the year in the legend of every map, by title and place', () => {
    const view = at({ year: 2015, compare: 'csto', split: true });
    const expected = [
      'Taliban capture Kunduz in northern Afghanistan (Kunduz)',
      'Russia begins military operation in Syria (Hmeimim, Latakia)',
      'Belarus presidential election (Minsk)',
      'CIS summit in Burabay (Burabay)',
      'Supreme Eurasian Economic Council names new Commission head (Burabay)',
    ];
    expect(view.panes.map((p) => p.legend.events)).toEqual([expected, expected]);
    expect(at({ year: 1997 }).panes[0].legend.events).toEqual([]);
  });
  it('shows the events of the year that have a place, and no others', () => {
    expect(at({ year: 2015 }).activeEvents).toEqual([
      'kunduz-falls',
      'russia-syria-2015',
      'belarus-election-2015',
      'cis-summit-burabay',
      'seec-burabay-2015',
    ]);
  });
});

describe('the slider ticks', () => {
  it('mark the years of events about the layer or about no organisation, each once', () => {
    const csto = at({ layer: 'csto' }).ticks.eventYears;
    const eaeu = at({ layer: 'eaeu' }).ticks.eventYears;
    // EurAsEC was founded in Astana on 10 October 2000: an EAEU event, not a CSTO one.
    expect(eaeu).toContain(2000);
    expect(csto).not.toContain(2000);
    // The Russo-Georgian war of August 2008 is about no organisation: on both.
    expect(csto).toContain(2008);
    expect(eaeu).toContain(2008);
    expect(csto.filter((y) => y === 2015)).toEqual([2015]);
  });
});

describe('the view as a whole', () => {
  it('says the year, the current year and the reference day', () => {
    const view = at({ year: 2009 });
    expect(view.year).toBe(2009);
    expect(view.currentYear).toBe(2026);
    expect(view.day).toBe('2009-12-31');
  });
  it('shows two panes side by side only when asked to split', () => {
    expect(at({ compare: 'csto' }).panes).toHaveLength(1);
    expect(at({ compare: 'csto', split: true }).panes).toHaveLength(2);
  });
  it('gives the table a comparison column for one comparison map, not for a status map', () => {
    expect(at({}).table.comparison).toBeNull();
    expect(at({ compare: 'csto', year: 2015 }).table.comparison?.cells.TKM).toBe(
      'only CIS (CIS: associate)',
    );
    expect(at({ compare: 'csto', split: true }).table.comparison).toBeNull();
  });
});

describe('a status "today" says when the record was last checked', () => {
  // A made-up record check, so that the sentences do not move with data/records/meta.json.
  const checked = () => {
    const data = record();
    return { ...data, meta: { ...data.meta, checkedOn: '2026-11-20' } };
  };
  const view = (fields: Partial<AtlasUrlState>) =>
    atlasView({ ...defaultState(2026), ...fields }, checked());
  it('in the legend, the table and the change view of the current year', () => {
    expect(view({}).panes[0].legend.note).toBe(
      'Status on 24 November 2026, as the record stood when last checked on 20 November 2026.',
    );
    expect(view({}).table.caption).toBe(
      'Membership of the post-Soviet states in 2026 (status on 24 November 2026, as the record stood when last checked on 20 November 2026)',
    );
    expect(view({ since: 2000 }).panes[0].legend.note).toBe(
      'Status on 24 November 2026, as the record stood when last checked on 20 November 2026, compared with 31 December 2000.',
    );
  });
  it('and not for a past year', () => {
    expect(view({ year: 2008 }).panes[0].legend.note).toBe('Status on 31 December 2008.');
    expect(view({ year: 1995 }).table.caption).toBe(
      'Membership of the post-Soviet states in 1995 (status on 31 December 1995)',
    );
  });
  it('in the live region, from the year shown before in the same organisation only', () => {
    const csto2012 = { ...defaultState(2026), layer: 'csto' as const, year: 2012 };
    // Hand-written in data/present.test.ts from the record's two steps of 2012.
    expect(announcement({ year: 2011, layer: 'csto' }, csto2012, checked())).toBe(
      "2012: Uzbekistan's participation in the CSTO was suspended (28 June 2012); it left the CSTO (19 December 2012).",
    );
    // Coming from another organisation, the sentence starts afresh.
    expect(announcement({ year: 2011, layer: 'cis' }, csto2012, checked())).toBe(
      announcement(null, csto2012, checked()),
    );
  });
  it('in the live region', () => {
    expect(announcement(null, { ...defaultState(2026) }, checked())).toBe(
      '2026: CIS membership on 24 November 2026. Shown as the record stood when last checked on 20 November 2026.',
    );
    expect(announcement(null, { ...defaultState(2026), year: 2009 }, checked())).toBe(
      '2009: CIS membership on 31 December 2009.',
    );
  });
});

describe('the readings on the map', () => {
  // Ukraine in the air defence system in 2015: suspended by participation (no part after 2014:
  // Vesti.az 2012, the 2018 decree), a member by treaty until its decree of 25 February 2026.
  it('outlines the states another source reads otherwise, and names them in the legend', () => {
    const pane = at({ layer: 'jads', year: 2015 }).panes[0];
    expect(pane.classes.UKR).toBe('suspended');
    expect(pane.marked).toContain('UKR');
    expect(pane.marked).not.toContain('RUS');
    expect(pane.legend.marked.map((c) => c.name)).toContain('Ukraine');
    expect(pane.describe('UKR', 'Ukraine')).toMatch(/another source reads it otherwise$/);
  });
  it('shows the layer under another reading, says so in the title, and keeps the mark', () => {
    const view = at({ layer: 'jads', year: 2015, reading: 'treaty' });
    expect(view.panes[0].classes.UKR).toBe('member');
    expect(view.panes[0].title).toBe('CIS air defence in 2015, by treaty');
    expect(view.panes[0].marked).toContain('UKR');
    expect(view.readings?.current).toBe('treaty');
    expect(view.readings?.options.map((o) => [o.id, o.name])).toEqual([
      [null, 'By participation'],
      ['treaty', 'By treaty'],
    ]);
    expect(
      view.table.rows.find((r) => r.iso3 === 'UKR')!.cells.find((c) => c.org === 'jads'),
    ).toMatchObject({ status: 'member', disputed: true, readAs: ['suspended'] });
  });
  it('names the reading in the map’s accessible name and its legend too', () => {
    const [pane] = at({ layer: 'jads', year: 2015, reading: 'treaty' }).panes;
    expect(pane.label).toBe('Map of CIS air defence in 2015, by treaty');
    expect(pane.legend.title).toBe('CIS air defence in 2015, by treaty');
    expect(pane.legend.note).toBe('Status on 31 December 2015.');
  });
  it('adds nothing to the title for the record’s own reading named by its id', () => {
    expect(at({ layer: 'jads', year: 2015, reading: 'participation' }).panes[0].title).toBe(
      'CIS air defence in 2015',
    );
  });
  it('offers no switch for a layer with only the record’s reading', () => {
    expect(at({ layer: 'cis' }).readings).toBeNull();
  });
});
