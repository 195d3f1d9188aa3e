import { describe, expect, it } from 'vitest';
import type { Organisation } from './schema';
import { interval } from '@/testing/fixtures';
import { bodyOn, describeChange, IT, named, namesBetween, nameOn, statusPhrase } from './wording';

/** A line of two bodies, as the EAEU's: EurAsEC until 2015, then the EAEU. */
function line(): Organisation {
  const source = { title: 'Test source', citation: 'made up for a test' };
  const body = (id: string, shortName: string, from: string, until?: string) => ({
    id,
    name: shortName,
    shortName,
    from,
    ...(until ? { until } : {}),
    foundingAct: 'a test treaty',
    milestones: [],
    source,
  });
  return {
    readings: [],
    id: 'eaeu',
    name: 'Test line',
    shortName: 'EAEU',
    from: '2001-05-30',
    description: 'A line of two bodies for the tests.',
    group: 'Security',
    line: { color: '#D55E00', dash: '' },
    bodies: [
      body('eurasec', 'EurAsEC', '2001-05-30', '2015-01-01'),
      body('eaeu', 'EAEU', '2015-01-01'),
    ],
    source,
  };
}

describe('the body of a line on a day', () => {
  it('is the one that existed on that day, and none before the line began', () => {
    expect(bodyOn(line(), '2014-12-31')?.id).toBe('eurasec');
    expect(bodyOn(line(), '2015-01-01')?.id).toBe('eaeu');
    expect(bodyOn(line(), '2001-05-29')).toBeUndefined();
    expect(nameOn(line(), '2010-06-01')).toBe('EurAsEC');
  });
  it('names every body over a span', () => {
    expect(namesBetween(line(), '2010-12-31', '2020-12-31')).toBe('the EurAsEC and the EAEU');
    expect(namesBetween(line(), '2016-12-31', '2020-12-31')).toBe('the EAEU');
  });
});

describe('describeChange names the body of the interval that began or ended', () => {
  const tajikistan = interval({
    country: 'TJK',
    org: 'eaeu',
    body: 'eurasec',
    status: 'member',
    from: '2001-05-30',
    until: '2015-01-01',
  });
  it('a state left behind by a succession did not leave the successor', () => {
    expect(
      describeChange(
        { before: 'member', after: 'non-member', date: '2015-01-01', interval: tajikistan },
        named('Tajikistan'),
        line(),
      ),
    ).toBe(
      "Tajikistan's membership ended when the EurAsEC was succeeded by the EAEU, which Tajikistan did not join then",
    );
  });
  it('an observer of an ended body is said to have lost that status with it', () => {
    const moldova = { ...tajikistan, country: 'MDA', status: 'observer' as const };
    expect(
      describeChange(
        { before: 'observer', after: 'non-member', date: '2015-01-01', interval: moldova },
        named('Moldova'),
        line(),
      ),
    ).toBe(
      "Moldova's observer status ended when the EurAsEC was succeeded by the EAEU, which Moldova did not join then",
    );
  });
  it('a state that joins the successor joins it by name', () => {
    const kyrgyzstan = interval({
      country: 'KGZ',
      org: 'eaeu',
      body: 'eaeu',
      status: 'member',
      from: '2015-08-12',
    });
    expect(
      describeChange(
        { before: 'non-member', after: 'member', date: '2015-08-12', interval: kyrgyzstan },
        named('Kyrgyzstan'),
        line(),
      ),
    ).toBe('Kyrgyzstan joined the EAEU');
  });
  it('uses "it" and "its" once the state is named', () => {
    const uzbekistan = interval({
      country: 'UZB',
      org: 'eaeu',
      body: 'eurasec',
      status: 'suspended',
      from: '2008-10-20',
      until: '2015-01-01',
    });
    expect(
      describeChange(
        { before: 'member', after: 'suspended', date: '2008-10-20', interval: uzbekistan },
        IT,
        line(),
      ),
    ).toBe('its participation in the EurAsEC was suspended');
    expect(
      describeChange(
        { before: 'member', after: 'withdrawing', date: '2008-10-20', interval: uzbekistan },
        named('Uzbekistan'),
        line(),
      ),
    ).toBe('Uzbekistan announced its withdrawal from the EurAsEC');
  });
  it('says a withdrawal took effect, with a possessive that fits the name', () => {
    const georgia = interval({
      country: 'GEO',
      status: 'withdrawing',
      from: '2008-08-14',
      until: '2009-08-18',
      body: 'eurasec',
      org: 'eaeu',
    });
    expect(
      describeChange(
        { before: 'withdrawing', after: 'non-member', date: '2009-08-18', interval: georgia },
        named('Georgia'),
        line(),
      ),
    ).toBe("Georgia's withdrawal from the EurAsEC took effect");
    expect(named('Philippines').possessive).toBe("Philippines'");
  });
});

describe('statusPhrase reads as English after "is"', () => {
  it.each([
    ['member', 'a member of the CIS'],
    ['participating', 'participating in the CIS without having ratified its charter'],
    ['associate', 'an associate member of the CIS'],
    ['observer', 'an observer of the CIS'],
    ['suspended', 'a member of the CIS with its participation suspended'],
    ['withdrawing', 'withdrawing from the CIS'],
    ['non-member', 'outside the CIS'],
  ] as const)('%s → "%s"', (status, phrase) => {
    expect(statusPhrase(status, 'CIS')).toBe(phrase);
  });
});
