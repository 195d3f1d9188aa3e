import { describe, expect, it } from 'vitest';
import { history, model, legendCounts } from '@/testing/map-model-fixtures';
import { type MapSpec } from './map-model';

describe('the change view', () => {
  const change: MapSpec = { kind: 'change', org: 'cis', since: 2000, year: 2020 };
  const intervals = [
    // Member at both ends, but left in 2005 and came back in 2010.
    ...history('REJ', 'cis', [
      ['1991-12-21', 'member'],
      ['2005-03-01', null],
      ['2010-06-01', 'member'],
    ]),
    // Joined once, in 2008.
    ...history('JN1', 'cis', [['2008-01-01', 'member']]),
    // Joined in 2003, left in 2006, joined again in 2012.
    ...history('JN3', 'cis', [
      ['2003-01-01', 'member'],
      ['2006-01-01', null],
      ['2012-01-01', 'member'],
    ]),
    // Member, then suspended in 2015.
    ...history('SUS', 'cis', [
      ['1991-12-21', 'member'],
      ['2015-01-01', 'suspended'],
    ]),
    // Member → suspended → member → suspended: still one status change, however many steps.
    ...history('SU3', 'cis', [
      ['1991-12-21', 'member'],
      ['2004-01-01', 'suspended'],
      ['2007-01-01', 'member'],
      ['2016-01-01', 'suspended'],
    ]),
    // Left once, in 2009.
    ...history('LF1', 'cis', [
      ['1991-12-21', 'member'],
      ['2009-08-18', null],
    ]),
    // Left in 2002, came back in 2004, left again in 2011.
    ...history('LF3', 'cis', [
      ['1991-12-21', 'member'],
      ['2002-01-01', null],
      ['2004-01-01', 'member'],
      ['2011-01-01', null],
    ]),
    // Outside at both ends, but a member from 2005 to 2008.
    ...history('OUT', 'cis', [
      ['2005-01-01', 'member'],
      ['2008-01-01', null],
    ]),
    // Member throughout.
    ...history('MEM', 'cis', [['1991-12-21', 'member']]),
    // A member throughout, in two intervals that touch (say, two bodies of one line).
    ...history('TWO', 'cis', [
      ['1991-12-21', 'member'],
      ['2003-09-18', 'member'],
    ]),
    // A CSTO member that never joined the CIS: nothing in the CIS changes.
    ...history('CST', 'csto', [['1992-05-15', 'member']]),
  ];
  const iso3s = [
    'REJ',
    'JN1',
    'JN3',
    'SUS',
    'SU3',
    'LF1',
    'LF3',
    'OUT',
    'MEM',
    'TWO',
    'CST',
    'NON',
  ];
  const classes = model(change, intervals, iso3s).classes;

  it('dots a state that left and rejoined between the two years as unchanged-member~', () => {
    expect(classes.REJ).toBe('unchanged-member~');
  });

  it('calls a state that joined once joined, without dots', () => {
    expect(classes.JN1).toBe('joined');
  });

  it('dots a state that joined, left and joined again as joined~', () => {
    expect(classes.JN3).toBe('joined~');
  });

  it('calls member → suspended a status change, without dots', () => {
    expect(classes.SUS).toBe('status-changed');
  });

  it('never dots a status change, however many steps it took', () => {
    expect(classes.SU3).toBe('status-changed');
  });

  it('calls a state that left once left, and one that left, rejoined and left again left~', () => {
    expect(classes.LF1).toBe('left');
    expect(classes.LF3).toBe('left~');
  });

  it('dots a state that was outside at both ends but a member in between', () => {
    expect(classes.OUT).toBe('unchanged-non-member~');
  });

  it('leaves a member throughout, even across touching intervals, plainly unchanged', () => {
    expect(classes.MEM).toBe('unchanged-member');
    expect(classes.TWO).toBe('unchanged-member');
  });

  it('reads only the organisation in view', () => {
    expect(classes.CST).toBe('unchanged-non-member');
    expect(classes.NON).toBe('unchanged-non-member');
  });

  it('counts each class in the legend, in the legend’s order, leaving empty classes out', () => {
    expect(legendCounts(model(change, intervals, iso3s))).toEqual([
      ['joined', 1],
      ['joined~', 1],
      ['left', 1],
      ['left~', 1],
      ['status-changed', 2],
      ['unchanged-member', 2],
      ['unchanged-member~', 1],
      ['unchanged-non-member', 2],
      ['unchanged-non-member~', 1],
    ]);
  });

  it('dots exactly the qualified entries of the legend', () => {
    for (const { key, style } of model(change, intervals, iso3s).legend)
      expect(style.pattern === 'dots', key).toBe(key.endsWith('~'));
  });

  it('gives the same classes when the two years are given in reverse order', () => {
    expect(
      model({ kind: 'change', org: 'cis', since: 2020, year: 2000 }, intervals, iso3s).classes,
    ).toEqual(classes);
  });

  it('counts a change on 31 December in the year it takes effect', () => {
    const late = history('DEC', 'cis', [['2020-12-31', 'member']]);
    expect(model(change, late, ['DEC']).classes.DEC).toBe('joined');
    const early = history('JAN', 'cis', [['2021-01-01', 'member']]);
    expect(model(change, early, ['JAN']).classes.JAN).toBe('unchanged-non-member');
  });
});

// ---------------------------------------------------------------------------------------------
// The overlap view: the CIS (a) and the CSTO (b) in 2020.
// ---------------------------------------------------------------------------------------------
