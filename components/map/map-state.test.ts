/**
 * The calls that take a map from one state to the next, recorded on a stand-in for MapLibre's two
 * methods: a year change must touch only what changed (the benchmark counts these calls).
 */
import { describe, expect, it } from 'vitest';
import { applyState, blankState, type MapState, type StateTarget } from './map-state';
import type { ClassStyle } from '@/model/palette';

type Call =
  | [kind: 'state', source: string, id: string | number | undefined, state: object]
  | [kind: 'paint', layer: string, property: string];

/** A stand-in for a MapLibre map that records the calls state needs. */
function recorder(): { map: StateTarget; calls: Call[] } {
  const calls: Call[] = [];
  const map = {
    setFeatureState(feature: { source: string; id?: string | number }, state: object) {
      calls.push(['state', feature.source, feature.id, state]);
    },
    setPaintProperty(layer: string, property: string) {
      calls.push(['paint', layer, property]);
      return map;
    },
  } as unknown as StateTarget;
  return { map, calls };
}

const STYLES: Record<string, ClassStyle> = {
  member: { color: '#0072B2', label: 'Member' },
  'non-member': { color: '#E9E4D8', label: 'Non-member' },
};

function state(change: Partial<MapState> = {}): MapState {
  return { ...blankState(), styles: STYLES, ...change };
}

describe('applying the state of a map', () => {
  it('sets the paint and every class the first time', () => {
    const { map, calls } = recorder();
    applyState(map, state({ classes: { GEO: 'member', UKR: 'non-member' } }), blankState());
    expect(calls.filter((c) => c[0] === 'paint').length).toBe(7); // the fill and six patterns
    expect(calls.filter((c) => c[0] === 'state')).toEqual([
      ['state', 'countries', 'GEO', { cls: 'member' }],
      ['state', 'countries', 'UKR', { cls: 'non-member' }],
    ]);
  });

  it('touches only the country whose class changed in a year step, and no paint', () => {
    const { map, calls } = recorder();
    const before = state({ classes: { GEO: 'member', UKR: 'non-member', RUS: 'member' } });
    const after = state({ classes: { GEO: 'non-member', UKR: 'non-member', RUS: 'member' } });
    applyState(map, after, before);
    expect(calls).toEqual([['state', 'countries', 'GEO', { cls: 'non-member' }]]);
  });

  it('sets no paint when the styles are a new object with the same values (a new year)', () => {
    const { map, calls } = recorder();
    const copy = JSON.parse(JSON.stringify(STYLES)) as typeof STYLES;
    applyState(map, state({ styles: copy }), state());
    expect(calls).toEqual([]);
    const changed = { ...copy, member: { ...copy.member!, color: '#000000' } };
    applyState(map, state({ styles: changed }), state());
    expect(calls.filter((c) => c[0] === 'paint').length).toBe(7);
  });

  it('clears the class of a country that has none any more', () => {
    const { map, calls } = recorder();
    applyState(map, state({ classes: {} }), state({ classes: { GEO: 'member' } }));
    expect(calls).toEqual([['state', 'countries', 'GEO', { cls: '' }]]);
  });

  it('makes no call when nothing changed, even with new lists of the same ids', () => {
    const { map, calls } = recorder();
    const shown = state({ classes: { GEO: 'member' }, territories: ['crimea'], events: ['e1'] });
    applyState(map, { ...shown, territories: ['crimea'], events: ['e1'] }, shown);
    expect(calls).toEqual([]);
  });

  it('moves the selection outline from the old country to the new one', () => {
    const { map, calls } = recorder();
    applyState(map, state({ selected: 'KAZ' }), state({ selected: 'GEO' }));
    expect(calls).toEqual([
      ['state', 'countries', 'GEO', { selected: false }],
      ['state', 'countries', 'KAZ', { selected: true }],
    ]);
  });

  it('switches a territory on in both territory sources (polygon and point) and an event off', () => {
    const { map, calls } = recorder();
    applyState(
      map,
      state({ territories: ['crimea'], events: [] }),
      state({ territories: [], events: ['e1'] }),
    );
    expect(calls).toEqual([
      ['state', 'territories', 'crimea', { active: true }],
      ['state', 'territory-points', 'crimea', { active: true }],
      ['state', 'events', 'e1', { active: false }],
    ]);
  });

  it('outlines newly highlighted countries and clears those no longer highlighted', () => {
    const { map, calls } = recorder();
    applyState(map, state({ highlighted: ['ARM', 'AZE'] }), state({ highlighted: ['GEO', 'ARM'] }));
    expect(calls).toEqual([
      ['state', 'countries', 'AZE', { highlight: true }],
      ['state', 'countries', 'GEO', { highlight: false }],
    ]);
  });

  it('returns what the map shows, so that the next call starts from it', () => {
    const { map } = recorder();
    const want = state({ classes: { GEO: 'member' }, selected: 'GEO' });
    expect(applyState(map, want, blankState())).toEqual(want);
  });
});
