/**
 * More sentences of data/wording.ts, on small made-up lines of bodies; each expected sentence is
 * written out by hand.
 */
import { describe, expect, it } from 'vitest';
import type { MembershipInterval } from './schema';
import { interval, organisation } from '@/testing/fixtures';
import type { Status } from './vocabulary';
import {
  IT,
  bodyOf,
  capitalise,
  describeChange,
  describeDatedChange,
  named,
  namesBetween,
  statusPhrase,
} from './wording';

const cis = organisation('cis', [['cis', 'CIS', '1991-12-08']]);
/** Three bodies in a row, as the EAEU's line: the 1995 Customs Union, EurAsEC, the EAEU. */
const eaeu = organisation('eaeu', [
  ['cu', 'Customs Union', '1995-01-20', '2001-05-30'],
  ['eurasec', 'EurAsEC', '2001-05-30', '2015-01-01'],
  ['eaeu', 'EAEU', '2015-01-01'],
]);
/** A body that ended with no successor. */
const ended = organisation('csto', [['cst', 'CST', '1992-05-15', '1999-04-20']]);

const member = interval({ country: 'GEO', status: 'member', from: '1993-12-03' });
const change = (
  before: Status,
  after: Status,
  on: MembershipInterval = member,
  date = '2008-08-18',
) => ({ before, after, date, interval: on });

describe('describeChange, for every pair of statuses it words', () => {
  it.each([
    ['observer', 'non-member', 'Georgia ceased to be an observer of the CIS'],
    ['participating', 'non-member', 'Georgia ceased to participate in the CIS'],
    ['withdrawing', 'non-member', "Georgia's withdrawal from the CIS took effect"],
    ['member', 'non-member', 'Georgia left the CIS'],
    ['suspended', 'member', 'Georgia resumed full participation in the CIS'],
    ['withdrawing', 'member', 'Georgia withdrew its notice and stayed in the CIS'],
    ['non-member', 'member', 'Georgia joined the CIS'],
    ['participating', 'member', 'Georgia became a full member of the CIS'],
    ['associate', 'member', 'Georgia became a member of the CIS'],
    [
      'member',
      'participating',
      'Georgia was counted as participating in the CIS, not having ratified the CIS Charter when it entered into force',
    ],
    ['non-member', 'participating', 'Georgia took part in the CIS without ratifying its charter'],
    ['participating', 'associate', 'Georgia became an associate member of the CIS'],
    ['non-member', 'observer', 'Georgia became an observer of the CIS'],
    ['member', 'suspended', "Georgia's participation in the CIS was suspended"],
    ['member', 'withdrawing', 'Georgia announced its withdrawal from the CIS'],
  ] as const)('%s → %s: "%s"', (before, after, sentence) => {
    expect(describeChange(change(before, after), named('Georgia'), cis)).toBe(sentence);
  });

  it('says "it" and "its" for a state already named', () => {
    expect(IT).toEqual({ name: 'it', possessive: 'its' });
    expect(describeChange(change('member', 'suspended'), IT, cis)).toBe(
      'its participation in the CIS was suspended',
    );
  });

  it('gives a name that ends in s a possessive without another s', () => {
    expect(named('Belarus')).toEqual({ name: 'Belarus', possessive: "Belarus'" });
    expect(named('Georgia')).toEqual({ name: 'Georgia', possessive: "Georgia's" });
  });

  it('says a membership ended with its body when the body ended with no successor', () => {
    const cst = interval({
      country: 'UZB',
      org: 'csto',
      body: 'cst',
      status: 'member',
      from: '1992-05-15',
      until: '1999-04-20',
    });
    expect(
      describeChange(change('member', 'non-member', cst, '1999-04-20'), named('Uzbekistan'), ended),
    ).toBe("Uzbekistan's membership ended when the CST was dissolved");
  });

  it('adds the date in brackets', () => {
    expect(
      describeDatedChange(
        { ...change('withdrawing', 'non-member'), country: 'GEO', org: 'cis', date: '2009-08-18' },
        named('Georgia'),
        cis,
      ),
    ).toBe("Georgia's withdrawal from the CIS took effect (18 August 2009)");
  });
});

describe('statusPhrase', () => {
  it('says participating briefly, or with the charter', () => {
    expect(statusPhrase('participating', 'CIS', true)).toBe('participating in the CIS');
    expect(statusPhrase('participating', 'CIS')).toBe(
      'participating in the CIS without having ratified its charter',
    );
  });
  it.each([
    ['member', 'a member of the CIS'],
    ['associate', 'an associate member of the CIS'],
    ['observer', 'an observer of the CIS'],
    ['suspended', 'a member of the CIS with its participation suspended'],
    ['withdrawing', 'withdrawing from the CIS'],
    ['non-member', 'outside the CIS'],
  ] as const)('says %s as "%s"', (status, phrase) => {
    expect(statusPhrase(status, 'CIS')).toBe(phrase);
  });
});

describe('bodyOf', () => {
  it('is the body an interval names, or the first body when it names none of the line', () => {
    expect(bodyOf(eaeu, { body: 'eurasec' }).shortName).toBe('EurAsEC');
    expect(bodyOf(eaeu, { body: 'unknown' }).shortName).toBe('Customs Union');
  });
});

describe('namesBetween', () => {
  it('names three bodies with commas and "and"', () => {
    expect(namesBetween(eaeu, '1996-12-31', '2020-12-31')).toBe(
      'the Customs Union, the EurAsEC and the EAEU',
    );
  });
  it('leaves out a body that began after the span', () => {
    expect(namesBetween(eaeu, '2005-12-31', '2010-12-31')).toBe('the EurAsEC');
  });
  it('counts a body that began on the last day of the span', () => {
    expect(namesBetween(eaeu, '2010-12-31', '2015-01-01')).toBe('the EurAsEC and the EAEU');
  });
  it('starts with the first body when the span begins before the line', () => {
    expect(namesBetween(eaeu, '1993-12-31', '1996-12-31')).toBe('the Customs Union');
    expect(namesBetween(eaeu, '1993-12-31', '2001-12-31')).toBe(
      'the Customs Union and the EurAsEC',
    );
  });
  it('names the first body for a span entirely before the line', () => {
    expect(namesBetween(eaeu, '1991-12-31', '1993-12-31')).toBe('the Customs Union');
  });
});

describe('capitalise', () => {
  it('capitalises the first letter and keeps the rest', () => {
    expect(capitalise('the CST was succeeded by the CSTO')).toBe(
      'The CST was succeeded by the CSTO',
    );
    expect(capitalise('')).toBe('');
  });
});
