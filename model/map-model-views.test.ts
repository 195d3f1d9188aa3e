import { describe, expect, it } from 'vitest';
import { ORGANISATIONS, history, model, legendCounts } from '@/testing/map-model-fixtures';
import { mapModel, type MapSpec } from './map-model';

describe('the overlap view', () => {
  const overlap: MapSpec = { kind: 'overlap', a: 'cis', b: 'csto', year: 2020 };
  const intervals = [
    ...history('BTH', 'cis', [['1991-12-21', 'member']]),
    ...history('BTH', 'csto', [['1992-05-15', 'member']]),
    ...history('ASB', 'cis', [['1991-12-21', 'associate']]),
    ...history('ASB', 'csto', [['1992-05-15', 'member']]),
    ...history('ASA', 'cis', [['1991-12-21', 'associate']]),
    ...history('ONA', 'cis', [['1991-12-21', 'member']]),
    ...history('ONB', 'csto', [['1992-05-15', 'member']]),
    ...history('SPB', 'cis', [['1991-12-21', 'member']]),
    ...history('SPB', 'csto', [
      ['1992-05-15', 'member'],
      ['2019-02-01', 'suspended'],
    ]),
    ...history('OBS', 'csto', [['2015-01-01', 'observer']]),
    // Left the CIS before 2020: plainly in neither.
    ...history('GON', 'cis', [
      ['1991-12-21', 'member'],
      ['2009-08-18', null],
    ]),
  ];
  const iso3s = ['BTH', 'ASB', 'ASA', 'ONA', 'ONB', 'SPB', 'OBS', 'GON', 'NON'];
  const classes = model(overlap, intervals, iso3s).classes;

  it('calls a member of both both, without dots', () => {
    expect(classes.BTH).toBe('both');
  });

  it('dots a state that is an associate in one organisation and a member of the other as both~', () => {
    expect(classes.ASB).toBe('both~');
  });

  it('dots an associate of the first organisation alone as only-a~', () => {
    expect(classes.ASA).toBe('only-a~');
  });

  it('calls a plain member of one organisation only-a or only-b', () => {
    expect(classes.ONA).toBe('only-a');
    expect(classes.ONB).toBe('only-b');
  });

  it('dots a suspended member as still in, both~', () => {
    expect(classes.SPB).toBe('both~');
  });

  it('dots an observer, who is not in, as neither~', () => {
    expect(classes.OBS).toBe('neither~');
  });

  it('calls a state that left before the year, or never joined, neither', () => {
    expect(classes.GON).toBe('neither');
    expect(classes.NON).toBe('neither');
  });

  it('counts each class in the legend, in the legend’s order', () => {
    expect(legendCounts(model(overlap, intervals, iso3s))).toEqual([
      ['both', 1],
      ['both~', 2],
      ['only-a', 1],
      ['only-a~', 1],
      ['only-b', 1],
      ['neither', 2],
      ['neither~', 1],
    ]);
  });

  it('compares in a table cell, which the status view does not', () => {
    expect(model(overlap, intervals, iso3s).comparison).toBeTypeOf('function');
    expect(
      model({ kind: 'status', org: 'cis', year: 2020 }, intervals, iso3s).comparison,
    ).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------
// The status view.
// ---------------------------------------------------------------------------------------------

describe('the status view', () => {
  const intervals = [
    ...history('AAA', 'cis', [['1991-12-21', 'member']]),
    ...history('BBB', 'cis', [['1991-12-21', 'member']]),
    ...history('CCC', 'cis', [
      ['1991-12-21', 'participating'],
      ['2005-08-26', 'associate'],
    ]),
    ...history('DDD', 'cis', [
      ['1991-12-21', 'member'],
      ['2008-08-14', 'withdrawing'],
      ['2009-08-18', null],
    ]),
    ...history('EEE', 'cis', [['2026-06-01', 'member']]),
  ];
  const iso3s = ['AAA', 'BBB', 'CCC', 'DDD', 'EEE'];

  it('gives each state its status on 31 December of the year', () => {
    expect(model({ kind: 'status', org: 'cis', year: 2008 }, intervals, iso3s).classes).toEqual({
      AAA: 'member',
      BBB: 'member',
      CCC: 'associate',
      DDD: 'withdrawing',
      EEE: 'non-member',
    });
  });

  it('gives the status today, not on 31 December, for the current year', () => {
    const m = mapModel(
      { kind: 'status', org: 'cis', year: 2026 },
      intervals,
      ORGANISATIONS,
      iso3s,
      '2026-03-01',
    );
    expect(m.classes.EEE).toBe('non-member');
    expect(model({ kind: 'status', org: 'cis', year: 2026 }, intervals, iso3s).classes.EEE).toBe(
      'member',
    );
  });

  it('counts the statuses in the legend in the vocabulary’s order, leaving empty ones out', () => {
    expect(
      legendCounts(model({ kind: 'status', org: 'cis', year: 2008 }, intervals, iso3s)),
    ).toEqual([
      ['member', 2],
      ['associate', 1],
      ['withdrawing', 1],
      ['non-member', 1],
    ]);
    expect(
      legendCounts(model({ kind: 'status', org: 'cis', year: 2000 }, intervals, iso3s)),
    ).toEqual([
      ['member', 3],
      ['participating', 1],
      ['non-member', 1],
    ]);
  });
});
