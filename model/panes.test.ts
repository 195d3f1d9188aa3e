/**
 * The maps of the view model on the real record: what each map shows, its accessible name, the
 * dating rule under its legend and the territories it lists. Expected values read by hand from
 * data/records/ (memberships, territories).
 */
import { describe, expect, it } from 'vitest';
import { atlasData } from '@/data/atlas';
import { defaultState, type AtlasUrlState } from '@/data/url-state';
import { atlasView } from './atlas-view';

// A fresh record for each view: the view model's memo (shared.ts) would otherwise hand one test
// what an earlier test made, and a mutation run would not count the later test as covering it.
const at = (fields: Partial<AtlasUrlState>) =>
  atlasView({ ...defaultState(2026), ...fields }, atlasData('2026-11-24'));

describe('what each map shows', () => {
  it('one status map by default, named as a map of its title', () => {
    const panes = at({ layer: 'csto', year: 2008 }).panes;
    expect(panes.map((p) => [p.testId, p.title, p.label])).toEqual([
      ['map-main', 'CSTO in 2008', 'Map of CSTO in 2008'],
    ]);
  });
  it('two organisations side by side, each a status map named by its side', () => {
    const panes = at({ layer: 'cis', compare: 'csto', year: 2015, split: true }).panes;
    expect(panes.map((p) => [p.testId, p.label])).toEqual([
      ['map-main', 'Map, left: CIS in 2015'],
      ['map-second', 'Map, right: CSTO in 2015'],
    ]);
    expect(panes[1]!.classes.UZB).toBe('non-member');
    expect(panes[0].classes.UZB).toBe('member');
  });
  it('one map when asked to split with nothing to compare', () => {
    expect(at({ year: 2015, split: true }).panes.map((p) => p.title)).toEqual(['CIS in 2015']);
  });
  it('one map of the overlap when two organisations are compared in one map', () => {
    const panes = at({ layer: 'cis', compare: 'csto', year: 2015 }).panes;
    expect(panes).toHaveLength(1);
    expect(panes[0].classes.ARM).toBe('both');
  });
  it('one map of the change when a year is compared in one map, dated both ways', () => {
    const [pane] = at({ layer: 'csto', year: 2013, since: 2008 }).panes;
    expect(pane.legend.note).toBe('Status on 31 December 2013, compared with 31 December 2008.');
  });
});

describe('a map’s legend and hover', () => {
  it('names who else the record has in the organisation, only on a status map', () => {
    expect(at({ layer: 'eaeu', year: 2025 }).panes[0].legend.note).toBe(
      'Status on 31 December 2025. Not a post-Soviet state: Iran, an observer of the EAEU since 26 December 2024.',
    );
    expect(at({ layer: 'eaeu', year: 2025, since: 2023 }).panes[0].legend.note).toBe(
      'Status on 31 December 2025, compared with 31 December 2023.',
    );
  });
  it('names no one else on a map of two organisations', () => {
    expect(at({ layer: 'eaeu', compare: 'cis', year: 2025 }).panes[0].legend.note).toBe(
      'Status on 31 December 2025.',
    );
  });
  it('lists the territories of the day, with the day each began', () => {
    const territories = at({ year: 2014 }).panes[0].legend.territories;
    expect(territories.map((t) => [t.name.split(' (')[0], t.since])).toContainEqual([
      'Crimea',
      '27 February 2014',
    ]);
    expect(at({ year: 2013 }).panes[0].activeTerritories).not.toContain('crimea');
  });
  it('describes a state outside the record by the name the map gives it', () => {
    const [pane] = at({ year: 2015 }).panes;
    expect(pane.describe('JPN', 'Japan')).toBe('Japan: not a post-Soviet state');
    expect(pane.describe('CHN', 'People’s Republic of China')).toBe(
      'China: not a post-Soviet state',
    );
    expect(pane.describe('GEO', 'Georgia')).toMatch(/^Georgia/);
  });
});
