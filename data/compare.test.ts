import { describe, expect, it } from 'vitest';
import {
  CHANGE_CATEGORIES,
  CHANGE_WORDS,
  IN_STATUSES,
  OVERLAP_CATEGORIES,
  changeBetween,
  describeChangeResult,
  describeOverlap,
  isIn,
  membersPerYear,
  overlapAt,
  type ChangeResult,
  type OverlapResult,
} from './compare';
import { interval } from '@/testing/fixtures';

// Uzbekistan: CST member 1992–1999, back 2006, suspended 2012, out from late 2012.
const uzb = [
  interval({
    country: 'UZB',
    org: 'csto',
    status: 'member',
    from: '1992-05-15',
    until: '1999-04-20',
  }),
  interval({
    country: 'UZB',
    org: 'csto',
    status: 'member',
    from: '2006-08-16',
    until: '2012-06-28',
  }),
  interval({
    country: 'UZB',
    org: 'csto',
    status: 'suspended',
    from: '2012-06-28',
    until: '2012-12-20',
  }),
  interval({ country: 'UZB', org: 'cis', status: 'member', from: '1991-12-21' }),
];
const tkm = [
  interval({
    country: 'TKM',
    org: 'cis',
    status: 'participating',
    from: '1991-12-21',
    until: '2005-08-26',
  }),
  interval({ country: 'TKM', org: 'cis', status: 'associate', from: '2005-08-26' }),
];
const arm = [
  interval({
    country: 'ARM',
    org: 'csto',
    status: 'member',
    from: '1992-05-15',
    until: '2024-02-22',
  }),
  interval({ country: 'ARM', org: 'csto', status: 'suspended', from: '2024-02-22' }),
  interval({ country: 'ARM', org: 'cis', status: 'member', from: '1991-12-21' }),
];

describe('overlapAt', () => {
  it('a state in the CIS but not the CSTO is "only" the CIS', () => {
    expect(overlapAt(uzb, 'cis', 'csto', 'UZB', '2015-12-31')).toEqual({
      category: 'only-a',
      a: 'member',
      b: 'non-member',
      qualified: false,
    });
  });
  it('a suspended member still counts as in, with a qualification', () => {
    expect(overlapAt(arm, 'cis', 'csto', 'ARM', '2025-12-31')).toMatchObject({
      category: 'both',
      b: 'suspended',
      qualified: true,
    });
  });
  it('an associate counts as in, with a qualification', () => {
    expect(overlapAt(tkm, 'cis', 'csto', 'TKM', '2010-12-31')).toMatchObject({
      category: 'only-a',
      a: 'associate',
      qualified: true,
    });
    expect(describeOverlap(overlapAt(tkm, 'cis', 'csto', 'TKM', '2010-12-31'), 'CIS', 'CSTO')).toBe(
      'only CIS (CIS: associate)',
    );
  });
  it('a state in neither is "neither"', () => {
    expect(overlapAt(tkm, 'csto', 'eaeu', 'TKM', '2010-12-31').category).toBe('neither');
  });
});

describe('changeBetween', () => {
  it('a state that left and rejoined between the two years is an unchanged member, with the steps listed', () => {
    const r = changeBetween(uzb, 'csto', 'UZB', '1995-12-31', '2010-12-31');
    expect(r.category).toBe('unchanged-member');
    expect(r.steps.map((s) => s.date)).toEqual(['1999-04-20', '2006-08-16']);
    expect(describeChangeResult(r)).toBe('unchanged member; 2 changes in between');
  });
  it('a state that joined between the two years joined', () => {
    expect(changeBetween(uzb, 'csto', 'UZB', '2000-12-31', '2010-12-31').category).toBe('joined');
  });
  it('a state that left between the two years left, even after a suspension', () => {
    const r = changeBetween(uzb, 'csto', 'UZB', '2010-12-31', '2013-12-31');
    expect(r.category).toBe('left');
    expect(r.steps.map((s) => s.after)).toEqual(['suspended', 'non-member']);
  });
  it('a member that was suspended changed status', () => {
    const r = changeBetween(arm, 'csto', 'ARM', '1995-12-31', '2025-12-31');
    expect(r.category).toBe('status-changed');
    expect(describeChangeResult(r)).toBe('status changed (member → suspended)');
  });
  it('a participant that became an associate changed status', () => {
    expect(changeBetween(tkm, 'cis', 'TKM', '2000-12-31', '2010-12-31').category).toBe(
      'status-changed',
    );
  });
  it('the order of the two days does not matter', () => {
    expect(changeBetween(uzb, 'csto', 'UZB', '2013-12-31', '2010-12-31').category).toBe('left');
  });
  it('a state never in the organisation is an unchanged non-member', () => {
    expect(changeBetween(tkm, 'csto', 'TKM', '1995-12-31', '2025-12-31').category).toBe(
      'unchanged-non-member',
    );
  });
});

describe('membersPerYear', () => {
  it('counts states in the organisation on each reference day', () => {
    const rows = membersPerYear([...uzb, ...arm], 'csto', ['UZB', 'ARM'], 1991, '2026-11-23');
    expect(rows.find((r) => r.year === 1991)?.members).toBe(0);
    expect(rows.find((r) => r.year === 1995)?.members).toBe(2);
    expect(rows.find((r) => r.year === 2000)?.members).toBe(1);
    expect(rows.find((r) => r.year === 2024)).toEqual({ year: 2024, members: 1, full: 0 });
  });
});

describe('what counts as in an organisation', () => {
  it.each([
    ['member', true],
    ['participating', true],
    ['associate', true],
    ['suspended', true],
    ['withdrawing', true],
    ['observer', false],
    ['non-member', false],
  ] as const)('a state that is %s counts as in: %s', (status, expected) => {
    expect(isIn(status)).toBe(expected);
  });
  it('lists the statuses that count as in', () => {
    expect(IN_STATUSES).toEqual([
      'member',
      'participating',
      'associate',
      'suspended',
      'withdrawing',
    ]);
  });
});

describe('the categories', () => {
  it('come in legend order', () => {
    expect(OVERLAP_CATEGORIES).toEqual(['both', 'only-a', 'only-b', 'neither']);
    expect(CHANGE_CATEGORIES).toEqual([
      'joined',
      'left',
      'status-changed',
      'unchanged-member',
      'unchanged-non-member',
    ]);
  });
  it('have the words the table uses', () => {
    expect(CHANGE_WORDS).toEqual({
      joined: 'joined',
      left: 'left',
      'status-changed': 'status changed',
      'unchanged-member': 'unchanged member',
      'unchanged-non-member': 'unchanged non-member',
    });
  });
});

describe('overlapAt, more cases', () => {
  const observer = [
    interval({ country: 'MDA', org: 'eaeu', status: 'observer', from: '2018-05-14' }),
    interval({ country: 'MDA', org: 'cis', status: 'member', from: '1994-04-08' }),
  ];
  it('a state only in the second organisation is "only" the second', () => {
    expect(overlapAt(uzb, 'csto', 'cis', 'UZB', '2015-12-31')).toEqual({
      category: 'only-b',
      a: 'non-member',
      b: 'member',
      qualified: false,
    });
  });
  it('an observer is not in, but its status is a qualification', () => {
    expect(overlapAt(observer, 'eaeu', 'cis', 'MDA', '2020-12-31')).toEqual({
      category: 'only-b',
      a: 'observer',
      b: 'member',
      qualified: true,
    });
  });
  it('two plain memberships are "both" without a qualification', () => {
    expect(overlapAt(arm, 'cis', 'csto', 'ARM', '2010-12-31')).toEqual({
      category: 'both',
      a: 'member',
      b: 'member',
      qualified: false,
    });
  });
});

describe('describeOverlap', () => {
  const result = (
    category: OverlapResult['category'],
    a: OverlapResult['a'],
    b: OverlapResult['b'],
  ): OverlapResult => ({ category, a, b, qualified: false });
  it.each([
    [result('both', 'member', 'member'), 'both'],
    [result('neither', 'non-member', 'non-member'), 'neither'],
    [result('only-a', 'member', 'non-member'), 'only CIS'],
    [result('only-b', 'non-member', 'member'), 'only CSTO'],
    [result('only-b', 'observer', 'member'), 'only CSTO (CIS: observer)'],
    [result('both', 'associate', 'suspended'), 'both (CIS: associate; CSTO: suspended)'],
    [result('neither', 'non-member', 'observer'), 'neither (CSTO: observer)'],
  ])('describes %o as "%s"', (r, expected) => {
    expect(describeOverlap(r, 'CIS', 'CSTO')).toBe(expected);
  });
});

describe('describeChangeResult', () => {
  const step = (after: ChangeResult['after']) => ({ after }) as ChangeResult['steps'][number];
  it.each([
    [
      { category: 'joined', before: 'non-member', after: 'member', steps: [step('member')] },
      'joined (non-member → member)',
    ],
    [
      { category: 'left', before: 'member', after: 'non-member', steps: [] },
      'left (member → non-member)',
    ],
    [
      { category: 'unchanged-member', before: 'member', after: 'member', steps: [] },
      'unchanged member',
    ],
    [
      { category: 'unchanged-non-member', before: 'non-member', after: 'non-member', steps: [] },
      'unchanged non-member',
    ],
    [
      { category: 'unchanged-member', before: 'suspended', after: 'suspended', steps: [] },
      'unchanged member (suspended)',
    ],
    [
      {
        category: 'unchanged-member',
        before: 'associate',
        after: 'associate',
        steps: [step('member')],
      },
      'unchanged member (associate); 1 changes in between',
    ],
    [
      {
        category: 'joined',
        before: 'non-member',
        after: 'member',
        steps: [step('member'), step('non-member'), step('member')],
      },
      'joined (non-member → member); 3 changes in between',
    ],
  ] as [ChangeResult, string][])('describes %o as "%s"', (r, expected) => {
    expect(describeChangeResult(r)).toBe(expected);
  });
});

describe('membersPerYear, row by row', () => {
  it('has one row per year from the first year to the current one, with members and full members', () => {
    const rows = membersPerYear(tkm, 'cis', ['TKM'], 2004, '2007-03-01');
    expect(rows).toEqual([
      { year: 2004, members: 1, full: 0 },
      { year: 2005, members: 1, full: 0 },
      { year: 2006, members: 1, full: 0 },
      { year: 2007, members: 1, full: 0 },
    ]);
  });
  it('counts full members apart from other states that are in', () => {
    const rows = membersPerYear(
      [...uzb, ...tkm, ...arm],
      'cis',
      ['UZB', 'TKM', 'ARM'],
      2000,
      '2026-11-23',
    );
    expect(rows[0]).toEqual({ year: 2000, members: 3, full: 2 });
    expect(rows).toHaveLength(27);
  });
});
