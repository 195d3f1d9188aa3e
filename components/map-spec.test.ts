import { describe, expect, it } from 'vitest';
import { interval } from '@/data/test-fixtures';
import type { MembershipInterval, Organisation } from '@/data/schema';
import type { OrgId, Status } from '@/data/vocabulary';
import { mapModel, type MapSpec } from './map-spec';

// ---------------------------------------------------------------------------------------------
// Factories
// ---------------------------------------------------------------------------------------------

const TODAY = '2026-11-23';
const SOURCE = { title: 'Test source', citation: 'made up for a test' };

/** An organisation with one body, as long-lived as the test needs. */
function organisation(id: OrgId, shortName: string, from: string): Organisation {
  return {
    id,
    name: `The ${shortName}`,
    shortName,
    from,
    description: 'An organisation made up for a test.',
    bodies: [
      {
        id,
        name: `The ${shortName}`,
        shortName,
        from,
        foundingAct: 'A treaty',
        milestones: [],
        source: SOURCE,
      },
    ],
    source: SOURCE,
  };
}

const ORGANISATIONS = [
  organisation('cis', 'CIS', '1991-12-08'),
  organisation('csto', 'CSTO', '1992-05-15'),
];

/** One state's history in one organisation: a status from a day until the next entry's day. */
function history(
  country: string,
  org: OrgId,
  steps: readonly [from: string, status: Status | null][],
): MembershipInterval[] {
  return steps.flatMap(([from, status], k) => {
    if (status === null) return [];
    const until = steps[k + 1]?.[0];
    return [interval({ country, org, status, from, ...(until ? { until } : {}) })];
  });
}

function model(spec: MapSpec, intervals: MembershipInterval[], iso3s: string[]) {
  return mapModel(spec, intervals, ORGANISATIONS, iso3s, TODAY);
}

const legendCounts = (m: ReturnType<typeof model>): [string, number][] =>
  m.legend.map((e) => [e.key, e.count]);

// ---------------------------------------------------------------------------------------------
// The change view: the CIS from 2000 to 2020 (31 December of each).
// ---------------------------------------------------------------------------------------------

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
