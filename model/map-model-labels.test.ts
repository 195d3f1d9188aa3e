/**
 * More of the map view model: the tooltips, titles and legend labels, on a made-up record with
 * the CIS and a CSTO line that was the CST until 18 September 2003. Expected text is written out
 * by hand.
 */
import { describe, expect, it } from 'vitest';
import { interval, organisation } from '@/testing/fixtures';
import { mapModel, type MapSpec } from './map-model';

const TODAY = '2026-11-23';
const ORGS = [
  organisation('cis', [['cis', 'CIS', '1991-12-08']]),
  organisation('csto', [
    ['cst', 'CST', '1992-05-15', '2003-09-18'],
    ['csto', 'CSTO', '2003-09-18'],
  ]),
];
const INTERVALS = [
  interval({ country: 'ARM', status: 'member', from: '1991-12-21' }),
  interval({
    country: 'ARM',
    org: 'csto',
    body: 'cst',
    status: 'member',
    from: '1992-05-15',
    until: '2003-09-18',
  }),
  interval({ country: 'ARM', org: 'csto', body: 'csto', status: 'member', from: '2003-09-18' }),
  interval({ country: 'TKM', status: 'associate', from: '2005-08-26' }),
  interval({
    country: 'UZB',
    org: 'csto',
    body: 'cst',
    status: 'member',
    from: '1992-05-15',
    until: '1999-04-20',
  }),
  interval({ country: 'UZB', org: 'csto', body: 'csto', status: 'member', from: '2006-08-16' }),
];
const ISOS = ['ARM', 'TKM', 'UZB'];
const model = (spec: MapSpec) => mapModel(spec, INTERVALS, ORGS, ISOS, TODAY);

describe('the status map', () => {
  it('names the body of the year in its title', () => {
    expect(model({ kind: 'status', org: 'csto', year: 1995 }).title).toBe('CST in 1995');
    expect(model({ kind: 'status', org: 'csto', year: 2005 }).title).toBe('CSTO in 2005');
  });
  it('says in the tooltip the status in the body of the interval, with the year', () => {
    const m = model({ kind: 'status', org: 'csto', year: 1995 });
    expect(m.describe('ARM', 'Armenia')).toBe('Armenia: a member of the CST (1995)');
    expect(m.describe('TKM', 'Turkmenistan')).toBe('Turkmenistan: outside the CST (1995)');
  });
  it('names the body of the year for a state outside it', () => {
    expect(model({ kind: 'status', org: 'csto', year: 2005 }).describe('UZB', 'Uzbekistan')).toBe(
      'Uzbekistan: outside the CSTO (2005)',
    );
  });
  it('says for a state not in the list that it is outside', () => {
    expect(model({ kind: 'status', org: 'cis', year: 2005 }).describe('XXX', 'Nowhere')).toBe(
      'Nowhere: outside the CIS (2005)',
    );
  });
  it('says the organisation did not exist yet before it began', () => {
    expect(model({ kind: 'status', org: 'csto', year: 1991 }).describe('ARM', 'Armenia')).toBe(
      'Armenia: no Test CST until 15 May 1992 (1991)',
    );
  });
  it('greys every state before the first body existed, in a class of its own, not non-member', () => {
    const m = model({ kind: 'status', org: 'csto', year: 1991 });
    expect(m.title).toBe('No CST yet in 1991');
    expect(new Set(Object.values(m.classes))).toEqual(new Set(['before']));
    expect(m.legend).toEqual([
      {
        key: 'before',
        style: { color: '#BDBDBD', label: 'No Test CST until 15 May 1992' },
        count: Object.keys(m.classes).length,
      },
    ]);
  });
  it('names the body of the year once it exists', () => {
    expect(model({ kind: 'status', org: 'csto', year: 1992 }).title).toBe('CST in 1992');
  });
  it('has no comparison cell', () => {
    expect(model({ kind: 'status', org: 'cis', year: 2005 }).comparison).toBeNull();
  });
});

describe('the overlap map', () => {
  const m = model({ kind: 'overlap', a: 'cis', b: 'csto', year: 1995 });
  it('names both bodies of the year in its title', () => {
    expect(m.title).toBe('CIS and CST in 1995');
  });
  it('labels each class, and its dotted twin, with the names of the year', () => {
    expect(m.styles).toEqual({
      both: { color: '#0072B2', label: 'Both CIS and CST' },
      'both~': {
        color: '#0072B2',
        pattern: 'dots',
        label:
          'Both CIS and CST, with a status other than member (associate, suspended, observer…)',
      },
      'only-a': { color: '#E69F00', label: 'Only CIS' },
      'only-a~': {
        color: '#E69F00',
        pattern: 'dots',
        label: 'Only CIS, with a status other than member (associate, suspended, observer…)',
      },
      'only-b': { color: '#009E73', label: 'Only CST' },
      'only-b~': {
        color: '#009E73',
        pattern: 'dots',
        label: 'Only CST, with a status other than member (associate, suspended, observer…)',
      },
      neither: { color: '#E9E4D8', label: 'Neither' },
      'neither~': {
        color: '#E9E4D8',
        pattern: 'dots',
        label: 'Neither, with a status other than member (associate, suspended, observer…)',
      },
    });
  });
  it('says in the tooltip and the table where a state stands', () => {
    const later = model({ kind: 'overlap', a: 'cis', b: 'csto', year: 2010 });
    expect(later.describe('TKM', 'Turkmenistan')).toBe(
      'Turkmenistan: only CIS (CIS: associate) (2010)',
    );
    expect(later.comparison?.('ARM')).toBe('both');
    expect(later.comparison?.('XXX')).toBe('');
  });
});

describe('the change map', () => {
  it('reads the two years in order, whichever is given first', () => {
    const m = model({ kind: 'change', org: 'cis', since: 2010, year: 2000 });
    expect(m.title).toBe('CIS, 2000 to 2010');
    expect(m.classes.TKM).toBe('joined');
    expect(m.styles.joined?.label).toBe('Joined between 2000 and 2010');
  });
  it('names both bodies when the line changed between the years', () => {
    const m = model({ kind: 'change', org: 'csto', since: 1995, year: 2010 });
    expect(m.title).toBe('CST in 1995 to CSTO in 2010');
    expect(m.describe('ARM', 'Armenia')).toBe(
      'Armenia: unchanged member in the CST and the CSTO, 1995 to 2010',
    );
    expect(m.describe('UZB', 'Uzbekistan')).toBe(
      'Uzbekistan: unchanged member; 2 changes in between in the CST and the CSTO, 1995 to 2010',
    );
    expect(m.comparison?.('XXX')).toBe('');
  });
  it('labels each class, and the dotted twins of the classes that can hide a change', () => {
    expect(model({ kind: 'change', org: 'cis', since: 2000, year: 2010 }).styles).toEqual({
      joined: { color: '#009E73', label: 'Joined between 2000 and 2010' },
      left: { color: '#D55E00', label: 'Left between 2000 and 2010' },
      'status-changed': {
        color: '#CC79A7',
        pattern: 'diagonal',
        label: 'Status changed (e.g. member to suspended)',
      },
      'unchanged-member': { color: '#0072B2', label: 'Unchanged member' },
      'unchanged-non-member': { color: '#E9E4D8', label: 'Unchanged non-member' },
      'unchanged-member~': {
        color: '#0072B2',
        pattern: 'dots',
        label: 'Member in 2000 and 2010, with another status in between',
      },
      'unchanged-non-member~': {
        color: '#E9E4D8',
        pattern: 'dots',
        label: 'Outside in 2000 and 2010, but in it for a time in between',
      },
      'joined~': {
        color: '#009E73',
        pattern: 'dots',
        label: 'Joined between 2000 and 2010, by way of another status',
      },
      'left~': {
        color: '#D55E00',
        pattern: 'dots',
        label: 'Left between 2000 and 2010, by way of another status (e.g. withdrawing)',
      },
    });
  });
});
