/**
 * Russian military presence in the view model, on the real record: the points on the map, those
 * shown in a year, and a state's list in its panel. Ids, days and names read by hand from
 * data/records/presence.json.
 */
import { describe, expect, it } from 'vitest';
import { atlasData } from '@/data/atlas';
import { defaultState, type AtlasUrlState } from '@/data/url-state';
import { atlasView } from './atlas-view';

// A fresh record for each view (see atlas-view.test.ts).
const at = (fields: Partial<AtlasUrlState>) =>
  atlasView({ ...defaultState(2026), ...fields }, atlasData('2026-11-24'));

describe('the presence of the year', () => {
  it('lists every point that lasted any part of 1992, in the order of the record', () => {
    expect(at({ year: 1992 }).presence.inYear.map((p) => p.id)).toEqual([
      'operational-group-russian-forces-transnistria', // from 1 April 1992
      'russian-peacekeepers-transnistria',
      'russian-border-guards-armenia',
      'russian-border-guards-zvartnots', // known to the year: 1992
      '12th-military-base-batumi', // from 26 December 1991
      '62nd-military-base-akhalkalaki',
      'joint-peacekeeping-forces-south-ossetia',
      'vaziani-military-base',
      '50th-military-base-gudauta',
      'russian-border-troops-kyrgyzstan',
    ]);
  });
  it('shows the year’s points on the map only when switched on', () => {
    const on = at({ year: 1992, presence: true }).presence;
    expect(on.active).toEqual(on.inYear.map((p) => p.id));
    expect(on.active).toHaveLength(10);
    expect(at({ year: 1992 }).presence.active).toEqual([]);
  });
  it('names every point on the map as Russian forces, whatever the year', () => {
    const markers = at({ year: 1992 }).presence.markers;
    expect(markers).toHaveLength(43);
    expect(markers[0]).toEqual({
      id: '201st-military-base-tajikistan',
      name: 'Russian forces: 201st Military Base (Dushanbe, Kulob, Bokhtar)',
      at: expect.any(Array),
    });
  });
});

describe("a state's presence in its panel", () => {
  it('lists Armenia’s five, oldest first, marked present or not in the year shown', () => {
    const armenia = at({ year: 2025, country: 'ARM' }).country!.presence;
    expect(armenia.map((p) => [p.id, p.dates, p.present])).toEqual([
      ['russian-border-guards-zvartnots', '1992 to 31 Jul 2024', false],
      ['russian-border-guards-armenia', 'since 30 Sep 1992', true],
      ['erebuni-air-base', 'since 1995', true],
      ['102nd-military-base-gyumri', 'since 16 Mar 1995', true],
      ['russian-posts-armenian-border-provinces', '2020 to Jun 2024', false],
    ]);
  });
  it('gives each its legal basis without the sources, which the point’s own source covers', () => {
    const gyumri = at({ country: 'ARM' }).country!.presence.find(
      (p) => p.id === '102nd-military-base-gyumri',
    )!;
    expect(gyumri.country).toBe('ARM');
    expect(gyumri.name).toBe('102nd Military Base, Gyumri');
    expect(gyumri.summary).toMatch(/^The Russian base in Gyumri/);
    expect(gyumri.legalBasis).toHaveLength(3);
    expect(gyumri.legalBasis[1]!.title).toBe(
      'Treaty between the Russian Federation and the Republic of Armenia on the Russian military base on the territory of the Republic of Armenia',
    );
    expect(gyumri.legalBasis.some((step) => 'source' in step)).toBe(false);
    expect(gyumri.source.title).toBeTruthy();
  });
  it('lists none for a state without Russian forces', () => {
    expect(at({ country: 'EST' }).country!.presence).toEqual([]);
  });
});
