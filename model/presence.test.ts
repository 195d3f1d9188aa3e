/**
 * The Russian presence in the view, on the real record (data/records/presence.json). Expected ids,
 * names and dates are read by hand from that file: in Tajikistan, the border troops on the
 * Afghan border from 1993 until 1 September 2005 (handed over to Tajik guards), the 201st base and
 * the Okno station from 17 October 2004 (the base agreement in force).
 */
import { describe, expect, it } from 'vitest';
import { atlasData } from '@/data/atlas';
import { defaultState } from '@/data/url-state';
import { countryPresence, presenceView } from './presence';

const data = atlasData('2026-12-07');
const at = (year: number, presence: boolean) => ({ ...defaultState(2026), year, presence });

describe("a state's presence in its panel", () => {
  it('lists every point in the state, oldest first, marked present or not in the year', () => {
    const tjk = countryPresence('TJK', 2003, data);
    expect(tjk.map((p) => p.id)[0]).toBe('russian-border-guards-tajik-afghan-border');
    expect(new Set(tjk.map((p) => p.id))).toEqual(
      new Set([
        'russian-border-guards-tajik-afghan-border',
        '201st-military-base-tajikistan',
        'okno-nurek',
      ]),
    );
    expect(tjk.map((p) => [p.id, p.present])).toContainEqual([
      'russian-border-guards-tajik-afghan-border',
      true,
    ]);
    expect(tjk.filter((p) => p.present).map((p) => p.id)).toEqual([
      'russian-border-guards-tajik-afghan-border',
    ]);
  });

  it('gives each point its dates in words, its name, state and sources', () => {
    const guards = countryPresence('TJK', 2006, data)[0]!;
    expect(guards).toMatchObject({
      id: 'russian-border-guards-tajik-afghan-border',
      country: 'TJK',
      name: 'Russian Border Troops on the Tajik–Afghan border',
      dates: '1993 to 31 Aug 2005',
      present: false,
    });
    expect(guards.source.title.length).toBeGreaterThan(0);
    // The legal basis is shown without its sources (the point's own source is cited).
    for (const step of guards.legalBasis) expect(step).not.toHaveProperty('source');
  });

  it('is empty for a state with no Russian forces', () => {
    expect(countryPresence('EST', 2020, data)).toEqual([]);
  });
});

describe('the presence on the map', () => {
  it('marks every point, named as Russian forces', () => {
    const { markers } = presenceView(at(2003, false), data);
    expect(markers).toHaveLength(43);
    expect(markers).toContainEqual(
      expect.objectContaining({
        id: 'okno-nurek',
        name: 'Russian forces: Okno space-surveillance station, Nurek',
      }),
    );
  });

  it('shows the points of the year only when the reader switches them on', () => {
    expect(presenceView(at(2003, false), data).active).toEqual([]);
    const on = presenceView(at(2003, true), data);
    expect(on.active).toContain('russian-border-guards-tajik-afghan-border');
    expect(on.active).not.toContain('201st-military-base-tajikistan');
    expect(presenceView(at(2005, true), data).active).toEqual(
      expect.arrayContaining(['201st-military-base-tajikistan', 'okno-nurek']),
    );
    expect(presenceView(at(2006, true), data).active).not.toContain(
      'russian-border-guards-tajik-afghan-border',
    );
    expect(on.inYear.map((p) => p.id)).toEqual(on.active);
  });
});
