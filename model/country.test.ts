/**
 * A selected country's panel and the country picker in the view model, on the real record, with
 * expectations read by hand from data/records/ (memberships, events, claims, countries).
 */
import { describe, expect, it } from 'vitest';
import { atlasData } from '@/data/atlas';
import { defaultState, type AtlasUrlState } from '@/data/url-state';
import { atlasView } from './atlas-view';

// A fresh record for each view: the view model's memo (shared.ts) would otherwise hand one test
// what an earlier test made, and a mutation run would not count the later test as covering it.
const at = (fields: Partial<AtlasUrlState>) =>
  atlasView({ ...defaultState(2026), ...fields }, atlasData('2026-11-24'));
const line = (fields: Partial<AtlasUrlState>, org: string) =>
  at(fields).country!.statuses.find((s) => s.org === org)!;

describe("a country's status lines", () => {
  it('tells of the interval that ended before a status the record gives no interval for', () => {
    // Georgia's CIS withdrawal took effect on 18 August 2009, a year after its notice.
    const cis = line({ year: 2015, country: 'GEO' }, 'cis');
    expect(cis.cell.status).toBe('non-member');
    expect(cis.before).toMatchObject({
      status: 'withdrawing',
      from: '2008-08-14',
      until: '2009-08-18',
    });
    expect(cis.differs).toBe('');
  });
  it('takes the interval that ended last, whatever the order of the record', () => {
    const data = atlasData('2026-11-24');
    const reversed = { ...data, memberships: [...data.memberships].reverse() };
    const view = atlasView({ ...defaultState(2026), year: 2015, country: 'GEO' }, reversed);
    expect(view.country!.statuses[0]!.before).toMatchObject({ status: 'withdrawing' });
  });
  it('counts an interval that ended on the day shown as ended', () => {
    // Today 18 August 2009, the day Georgia's withdrawal took effect.
    const view = atlasView(
      { ...defaultState(2009), year: 2009, country: 'GEO' },
      atlasData('2009-08-18'),
    );
    expect(view.country!.statuses[0]!.cell.status).toBe('non-member');
    expect(view.country!.statuses[0]!.before).toMatchObject({ until: '2009-08-18' });
  });
  it('tells of no earlier interval where the state never was in the body', () => {
    expect(line({ year: 2015, country: 'GEO' }, 'eaeu').before).toBeNull();
  });
  it('gives no earlier interval while a status holds', () => {
    expect(line({ year: 2008, country: 'GEO' }, 'cis').before).toBeNull();
  });
  it('names the reading under which sources read a status otherwise', () => {
    // By participation (the record) Ukraine was suspended from 27 February 2014; by treaty a member.
    const jads = line({ year: 2015, country: 'UKR', layer: 'jads' }, 'jads');
    expect(jads.cell.status).toBe('suspended');
    expect(jads.differs).toBe('member (by treaty)');
  });
});

describe("a country's events, notes and timelines", () => {
  it("lists Georgia's events in date order, those of the year shown marked", () => {
    const events = at({ year: 2008, country: 'GEO' }).country!.events;
    expect(events.map((e) => [e.id, e.current])).toEqual([
      ['georgia-joins-cis', false],
      ['cst-in-force', false],
      ['cis-joint-air-defence', false],
      ['cst-exits-1999', false],
      ['russia-georgia-war', true],
      ['georgia-cis-withdrawal-vote', true],
      ['georgia-cis-withdrawal-effective', false],
    ]);
    expect(events[0]).toMatchObject({ year: 1993, when: '3 December 1993' });
  });
  it('lists the notes where the articles and the record differ about Georgia', () => {
    expect(at({ country: 'GEO' }).country!.claims.map((c) => c.id)).toEqual([
      'wani-air-defence-since-1995',
      'wani-georgia-2008',
      'wani-chapter-iii-cst',
    ]);
  });
  it("gives each state its own timeline: Uzbekistan's CSTO years are not Armenia's", () => {
    const csto = (iso: string, year: number) =>
      at({ country: iso })
        .country!.timelines.find((t) => t.org === 'csto')!
        .years.find((y) => y.year === year)!.status;
    expect(csto('ARM', 2013)).toBe('member');
    expect(csto('UZB', 2013)).toBe('non-member');
    expect(csto('UZB', 2008)).toBe('member');
    expect(at({ country: 'UZB' }).country!.timelines[0]!.label).toBe('CIS');
    expect(at({ country: 'UZB' }).country!.timelines[1]!.label).toBe('CST, then CSTO');
  });
  it('runs a timeline from 1991 to the current year', () => {
    const years = at({ country: 'ARM' }).country!.timelines[0]!.years.map((y) => y.year);
    expect([years.length, years[0], years.at(-1)]).toEqual([36, 1991, 2026]);
  });
  it('names a state outside the record by its code, with nothing to list', () => {
    const japan = at({ country: 'JPN' }).country!;
    expect([japan.name, japan.country, japan.statuses, japan.timelines]).toEqual([
      'JPN',
      null,
      [],
      [],
    ]);
  });
  it('gives a neighbour no status lines and no timelines, but its passages and events', () => {
    const afg = at({ year: 2015, country: 'AFG' }).country!;
    expect(afg.statuses).toEqual([]);
    expect(afg.timelines).toEqual([]);
    expect(afg.events.map((e) => e.id)).toContain('kunduz-falls');
    expect(afg.quotes.length).toBeGreaterThan(0);
  });
});

describe('the country picker', () => {
  it('offers every country on the map in alphabetical order, grouped', () => {
    const options = at({}).pickerOptions;
    expect(options.map((o) => o.name)).toEqual([
      'Afghanistan',
      'Armenia',
      'Azerbaijan',
      'Belarus',
      'China',
      'Estonia',
      'Finland',
      'Georgia',
      'Hungary',
      'Iran',
      'Kazakhstan',
      'Kyrgyzstan',
      'Latvia',
      'Lithuania',
      'Moldova',
      'Mongolia',
      'North Korea',
      'Norway',
      'Poland',
      'Romania',
      'Russia',
      'Slovakia',
      'Tajikistan',
      'Türkiye',
      'Turkmenistan',
      'Ukraine',
      'Uzbekistan',
    ]);
    expect(options[0]).toMatchObject({ iso3: 'AFG', group: 'neighbour' });
    expect(options[1]).toMatchObject({ iso3: 'ARM', group: 'post-Soviet state' });
    expect(options.find((o) => o.iso3 === 'KGZ')!.otherNames).toHaveLength(4);
  });
});
