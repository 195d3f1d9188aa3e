/**
 * The live region's sentences, on the real record, as a reader must hear them. Every expected
 * sentence is written by hand from the sources (treaty texts, the depositaries' notes, the
 * governments' decisions), not produced by the code under test.
 */
import { describe, expect, it } from 'vitest';
import { countryName, memberships, organisations, postSovietCountries } from './atlas';
import { announceYear } from './present';
import type { OrgId } from './vocabulary';

const TODAY = '2026-11-24';
const say = (org: OrgId, from: number | null, to: number): string =>
  announceYear(
    memberships,
    organisations.find((o) => o.id === org)!,
    from,
    to,
    TODAY,
    countryName,
    postSovietCountries.map((c) => c.iso3),
  );

describe('announceYear: a step forward reports what took effect in the new year', () => {
  it.each([
    ['cis', 2008, 2009, "2009: Georgia's withdrawal from the CIS took effect (18 August 2009)."],
    ['cis', 2017, 2018, '2018: Ukraine ceased to participate in the CIS (19 May 2018).'],
    [
      'cis',
      2025,
      2026,
      "2026: Moldova's government approved its withdrawal from the CIS (11 March 2026).",
    ],
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
      '1994: Turkmenistan was counted as participating in the CIS, not having ratified the CIS Charter when it entered into force (22 January 1994). Ukraine was counted as participating in the CIS, not having ratified the CIS Charter when it entered into force (22 January 1994). Armenia, Georgia, Kazakhstan, Kyrgyzstan, Moldova and Uzbekistan are members of the CIS in both 1993 and 1994, though their status changed in between.',
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
      '2016: Ukraine is again shown as participating in the CIS without having ratified its charter; it ceased to participate in the CIS on 19 May 2018. Moldova is again shown as a member of the CIS; its government approved its withdrawal from the CIS on 11 March 2026.',
    );
  });
  it('typing 2026 from 2016 reports both changes with their dates', () => {
    expect(say('cis', 2016, 2026)).toBe(
      "2026: Ukraine ceased to participate in the CIS (19 May 2018). Moldova's government approved its withdrawal from the CIS (11 March 2026).",
    );
  });
  it('a jump across the CST’s first term says who took part at the end', () => {
    expect(say('csto', 1991, 1992)).toBe(
      '1992: in 1991 there was no Collective Security Treaty yet (from 15 May 1992). On 31 December 1992, the members of the CST are Armenia, Kazakhstan, Kyrgyzstan, Russia, Tajikistan and Uzbekistan; outside it are Azerbaijan, Belarus, Estonia, Georgia, Latvia, Lithuania, Moldova, Turkmenistan and Ukraine.',
    );
  });
  it('going from 2014 to 2015 says EurAsEC was succeeded, and Tajikistan never joined the EAEU', () => {
    const sentence = say('eaeu', 2014, 2015);
    expect(sentence).toContain('were succeeded by the EAEU (1 January 2015)');
    expect(sentence).toContain(
      'Tajikistan is shown as outside the EAEU (in 2014, a member of the EurAsEC)',
    );
    expect(sentence).not.toMatch(/left the EAEU/);
  });
});

describe('announceYear: a year with no step before', () => {
  it('names the body that existed on the day', () => {
    expect(say('csto', null, 1995)).toBe('1995: CST membership on 31 December 1995.');
    expect(say('csto', null, 2005)).toBe('2005: CSTO membership on 31 December 2005.');
  });
  it('says when a line had not begun', () => {
    expect(say('csto', null, 1991)).toBe('1991: no Collective Security Treaty until 15 May 1992.');
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

/*
 * Home and End in each of the six layers: the jump from the last year to the first and back.
 * Written by hand from the record (data/records/memberships.json, organisations.json): the
 * first body of each line and its first day, and every state's status on 31 December 1991 and
 * on 24 November 2026.
 */
describe('announceYear: Home from 2026 says what each state is shown as in 1991, in plain words', () => {
  it('the CIS: three states shown differently, each with its steps undone; six changed and changed back', () => {
    expect(say('cis', 2026, 1991)).toBe(
      '1991: Moldova is again shown as a member of the CIS; it was counted as participating in the CIS, not having ratified the CIS Charter when it entered into force on 22 January 1994; it became a full member of the CIS on 27 June 1994; its government approved its withdrawal from the CIS on 11 March 2026. Turkmenistan is again shown as a member of the CIS; it was counted as participating in the CIS, not having ratified the CIS Charter when it entered into force on 22 January 1994 and it became an associate member of the CIS on 26 August 2005. Ukraine is again shown as a member of the CIS; it was counted as participating in the CIS, not having ratified the CIS Charter when it entered into force on 22 January 1994 and it ceased to participate in the CIS on 19 May 2018. Armenia, Azerbaijan, Kazakhstan, Kyrgyzstan and Uzbekistan are members of the CIS in both 1991 and 2026, and Georgia is outside the CIS in both years, though their status changed in between.',
    );
  });
  it.each([
    ['csto', '1991: no Collective Security Treaty until 15 May 1992.'],
    [
      'eaeu',
      '1991: no Customs Union of Belarus and Russia, joined by Kazakhstan, Kyrgyzstan and Tajikistan, until 6 January 1995.',
    ],
    ['union-state', '1991: no Community of Belarus and Russia until 2 April 1996.'],
    ['jads', '1991: no Joint Air Defence System of the CIS member states until 10 February 1995.'],
    ['guam', '1991: no GUAM consultative forum until 10 October 1997.'],
  ] as const)('%s: the line had not begun in 1991', (org, sentence) => {
    expect(say(org, 2026, 1991)).toBe(sentence);
  });
});

describe('announceYear: End from 1991 names every state, by its status in 2026', () => {
  it('the CIS: three states with their steps, six changed and changed back', () => {
    expect(say('cis', 1991, 2026)).toBe(
      '2026: Moldova was counted as participating in the CIS, not having ratified the CIS Charter when it entered into force (22 January 1994); it became a full member of the CIS (27 June 1994); its government approved its withdrawal from the CIS (11 March 2026). Turkmenistan was counted as participating in the CIS, not having ratified the CIS Charter when it entered into force (22 January 1994); it became an associate member of the CIS (26 August 2005). Ukraine was counted as participating in the CIS, not having ratified the CIS Charter when it entered into force (22 January 1994); it ceased to participate in the CIS (19 May 2018). Armenia, Azerbaijan, Kazakhstan, Kyrgyzstan and Uzbekistan are members of the CIS in both 1991 and 2026, and Georgia is outside the CIS in both years, though their status changed in between.',
    );
  });
  it.each([
    [
      'csto',
      "2026: in 1991 there was no Collective Security Treaty yet (from 15 May 1992). On 24 November 2026, the members of the CSTO are Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan; Armenia's participation is suspended; outside it are Azerbaijan, Estonia, Georgia, Latvia, Lithuania, Moldova, Turkmenistan, Ukraine and Uzbekistan.",
    ],
    [
      'eaeu',
      '2026: in 1991 there was no Customs Union of Belarus and Russia, joined by Kazakhstan, Kyrgyzstan and Tajikistan, yet (from 6 January 1995). On 24 November 2026, the members of the EAEU are Armenia, Belarus, Kazakhstan, Kyrgyzstan and Russia; Iran (not a post-Soviet state), Moldova and Uzbekistan are observers; outside it are Azerbaijan, Estonia, Georgia, Latvia, Lithuania, Tajikistan, Turkmenistan and Ukraine.',
    ],
    [
      'union-state',
      '2026: in 1991 there was no Community of Belarus and Russia yet (from 2 April 1996). On 24 November 2026, the members of the Union State are Belarus and Russia; outside it are Armenia, Azerbaijan, Estonia, Georgia, Kazakhstan, Kyrgyzstan, Latvia, Lithuania, Moldova, Tajikistan, Turkmenistan, Ukraine and Uzbekistan.',
    ],
    [
      'jads',
      '2026: in 1991 there was no Joint Air Defence System of the CIS member states yet (from 10 February 1995). On 24 November 2026, the members of the CIS air defence are Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, Tajikistan, Turkmenistan and Uzbekistan; Ukraine is withdrawing; outside it are Azerbaijan, Estonia, Georgia, Latvia, Lithuania and Moldova.',
    ],
    [
      'guam',
      '2026: in 1991 there was no GUAM consultative forum yet (from 10 October 1997). On 24 November 2026, the members of the GUAM are Azerbaijan, Georgia, Moldova and Ukraine; outside it are Armenia, Belarus, Estonia, Kazakhstan, Kyrgyzstan, Latvia, Lithuania, Russia, Tajikistan, Turkmenistan and Uzbekistan.',
    ],
  ] as const)('%s: the line began after 1991', (org, sentence) => {
    expect(say(org, 1991, 2026)).toBe(sentence);
  });
});

describe('announceYear: dates known only to the month are said as months', () => {
  it.each([
    [
      'jads',
      2008,
      2009,
      "2009: Georgia's withdrawal from the CIS air defence took effect (May 2009).",
    ],
    ['cis', 1991, 1992, '1992: Azerbaijan became an observer of the CIS (October 1992).'],
    [
      'eaeu',
      2001,
      2002,
      '2002: Moldova became an observer of the EurAsEC (May 2002). Ukraine became an observer of the EurAsEC (May 2002).',
    ],
    [
      'jads',
      2009,
      2008,
      '2008: Georgia is again shown as withdrawing from the CIS air defence; its withdrawal from the CIS air defence took effect in May 2009.',
    ],
  ] as const)('%s %i → %i', (org, from, to, sentence) => {
    expect(say(org, from, to)).toBe(sentence);
  });
});

describe('announceYear: a succession to a body with an earlier body’s short name', () => {
  it('names the GUAM of 2006 in full', () => {
    expect(say('guam', 2005, 2006)).toBe(
      '2006: The GUUAM was succeeded by the Organization for Democracy and Economic Development – GUAM (23 May 2006).',
    );
  });
});
