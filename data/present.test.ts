/**
 * The live region's sentences, on the real record, as a reader must hear them. Every expected
 * sentence is written by hand from the sources (treaty texts, the depositaries' notes, the
 * governments' decisions), not produced by the code under test.
 */
import { describe, expect, it } from 'vitest';
import { countryName, memberships, organisationById } from './atlas';
import { announceYear } from './present';
import type { OrgId } from './vocabulary';

const TODAY = '2026-11-24';
const say = (org: OrgId, from: number | null, to: number): string =>
  announceYear(memberships, organisationById(org), from, to, TODAY, countryName);

describe('announceYear: a step forward reports what took effect in the new year', () => {
  it.each([
    ['cis', 2008, 2009, "2009: Georgia's withdrawal from the CIS took effect (18 August 2009)."],
    ['cis', 2017, 2018, '2018: Ukraine ceased to participate in the CIS (19 May 2018).'],
    ['cis', 2025, 2026, '2026: Moldova announced its withdrawal from the CIS (11 March 2026).'],
    [
      'csto',
      1992,
      1993,
      '1993: Azerbaijan joined the CST (24 September 1993). Georgia joined the CST (9 December 1993). Belarus joined the CST (31 December 1993).',
    ],
    [
      'csto',
      1998,
      1999,
      '1999: Azerbaijan left the CST (21 April 1999). Georgia left the CST (21 April 1999). Uzbekistan left the CST (21 April 1999).',
    ],
    ['csto', 2002, 2003, '2003: The CST was succeeded by the CSTO (18 September 2003).'],
    [
      'csto',
      2011,
      2012,
      "2012: Uzbekistan's participation in the CSTO was suspended (28 June 2012); it left the CSTO (19 December 2012).",
    ],
    [
      'csto',
      2023,
      2024,
      "2024: Armenia's participation in the CSTO was suspended (22 February 2024).",
    ],
    ['csto', 2012, 2013, '2013: no change in the CSTO since 2012.'],
    ['eaeu', 1995, 1996, '1996: Kyrgyzstan joined the 1995 Customs Union (29 March 1996).'],
    [
      'cis',
      1993,
      1994,
      '1994: Turkmenistan was counted as participating in the CIS, not having ratified the charter that entered into force (22 January 1994). Ukraine was counted as participating in the CIS, not having ratified the charter that entered into force (22 January 1994). Armenia, Georgia, Kazakhstan, Kyrgyzstan, Moldova and Uzbekistan changed status in between and are shown as in 1993.',
    ],
  ] as const)('%s %i → %i', (org, from, to, sentence) => {
    expect(say(org, from, to)).toBe(sentence);
  });
});

describe('announceYear: a step back says what is shown again and when it later changed', () => {
  it.each([
    [
      'cis',
      2009,
      2008,
      '2008: Georgia is again shown as withdrawing from the CIS; its withdrawal from the CIS took effect on 18 August 2009.',
    ],
    [
      'csto',
      2012,
      2011,
      '2011: Uzbekistan is again shown as a member of the CSTO; its participation in the CSTO was suspended on 28 June 2012 and it left the CSTO on 19 December 2012.',
    ],
    ['csto', 2013, 2012, '2012: no change in the CSTO since 2013.'],
    [
      'csto',
      2003,
      2002,
      '2002: The CST is shown again; the CSTO succeeded it on 18 September 2003.',
    ],
    [
      'csto',
      2024,
      2023,
      '2023: Armenia is again shown as a member of the CSTO; its participation in the CSTO was suspended on 22 February 2024.',
    ],
  ] as const)('%s %i → %i', (org, from, to, sentence) => {
    expect(say(org, from, to)).toBe(sentence);
  });
});

describe('announceYear: a jump reports every state that differs, with the dates in between', () => {
  it('typing 2016 from 2026 names no change of 2016', () => {
    expect(say('cis', 2026, 2016)).toBe(
      '2016: Ukraine is again shown as participating in the CIS without having ratified its charter; it ceased to participate in the CIS on 19 May 2018. Moldova is again shown as a member of the CIS; it announced its withdrawal from the CIS on 11 March 2026.',
    );
  });
  it('typing 2026 from 2016 reports both changes with their dates', () => {
    expect(say('cis', 2016, 2026)).toBe(
      '2026: Ukraine ceased to participate in the CIS (19 May 2018). Moldova announced its withdrawal from the CIS (11 March 2026).',
    );
  });
  it('a jump across the CST’s first term says who took part at the end', () => {
    expect(say('csto', 1991, 1992)).toBe(
      '1992: there was no CST yet in 1991; on 31 December 1992, the CST counts as members: Armenia, Kazakhstan, Kyrgyzstan, Russia, Tajikistan and Uzbekistan.',
    );
  });
  it('going from 2014 to 2015 says EurAsEC was succeeded, and Tajikistan never joined the EAEU', () => {
    const sentence = say('eaeu', 2014, 2015);
    expect(sentence).toContain('were succeeded by the EAEU (1 January 2015)');
    expect(sentence).toContain('Tajikistan, outside the EAEU (a member of the EurAsEC in 2014)');
    expect(sentence).not.toMatch(/left the EAEU/);
  });
});

describe('announceYear: a year with no step before', () => {
  it('names the body that existed on the day', () => {
    expect(say('csto', null, 1995)).toBe('1995: CST membership on 31 December 1995.');
    expect(say('csto', null, 2005)).toBe('2005: CSTO membership on 31 December 2005.');
  });
  it('says when a line had not begun', () => {
    expect(say('csto', null, 1991)).toBe(
      '1991: the Collective Security Treaty (CST) did not exist yet; it begins on 15 May 1992.',
    );
  });
});

describe('announceYear never reports a later date as a change of the year shown', () => {
  const orgs: OrgId[] = ['cis', 'csto', 'eaeu'];
  for (const org of orgs)
    for (let from = 1991; from <= 2026; from += 1)
      for (const to of new Set([from - 1, from + 1, 1991, 2016, 2026])) {
        if (to < 1991 || to > 2026 || to === from) continue;
        it(`${org} ${from} → ${to}`, () => {
          const sentence = say(org, from, to);
          // Every "(date)" is a change reported as having happened: it must be on or before
          // the reference day of the year shown.
          for (const [, y] of sentence.matchAll(/\(\d{1,2} \w+ (\d{4})\)/g))
            expect(Number(y)).toBeLessThanOrEqual(to);
        });
      }
});
