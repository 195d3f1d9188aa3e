import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkInvariants } from './invariants';
import type { AtlasRecords } from './records';
import {
  claimsFile,
  countriesFile,
  documentRecord,
  eventsFile,
  membershipsFile,
  organisationsFile,
  presenceFile,
  quotesFile,
  territoriesFile,
  type AtlasEvent,
  type ClaimNote,
  type Country,
  type DocumentRecord,
  type MembershipInterval,
  type Organisation,
  type PresencePoint,
  type Quote,
  type Territory,
} from './schema';
import { POST_SOVIET_ISO3 } from '@/testing/golden-cells';
import { interval } from '@/testing/fixtures';

// ---------------------------------------------------------------------------------------------
// Factories: a small, valid set of records. Every test builds a fresh one and breaks one thing.
// ---------------------------------------------------------------------------------------------

const SOURCE = { title: 'Test source', citation: 'made up for a test' };

function country(iso3: string, role: Country['role'] = 'post-soviet'): Country {
  return { iso3, name: `Country ${iso3}`, role };
}

/** The CSTO with its two bodies: the CST (1992 to 18 September 2003), then the CSTO. */
function csto(): Organisation {
  return {
    readings: [],
    id: 'csto',
    name: 'Collective Security Treaty Organization',
    shortName: 'CSTO',
    from: '1992-05-15',
    description: 'A military alliance of post-Soviet states, made up for a test.',
    group: 'Security',
    line: { color: '#D55E00', dash: '' },
    bodies: [
      {
        id: 'cst',
        name: 'Collective Security Treaty',
        shortName: 'CST',
        from: '1992-05-15',
        until: '2003-09-18',
        foundingAct: 'Treaty of Tashkent',
        milestones: [],
        source: SOURCE,
      },
      {
        id: 'csto',
        name: 'Collective Security Treaty Organization',
        shortName: 'CSTO',
        from: '2003-09-18',
        foundingAct: 'Charter of the CSTO',
        milestones: [],
        source: SOURCE,
      },
    ],
    source: SOURCE,
  };
}

/** Armenia in the CST, then the CSTO, then suspended: three intervals that touch but do not overlap. */
function armeniaInCsto(): MembershipInterval[] {
  return [
    interval({
      country: 'ARM',
      org: 'csto',
      body: 'cst',
      status: 'member',
      from: '1992-05-15',
      until: '2003-09-18',
    }),
    interval({
      country: 'ARM',
      org: 'csto',
      body: 'csto',
      status: 'member',
      from: '2003-09-18',
      until: '2024-02-22',
    }),
    interval({
      country: 'ARM',
      org: 'csto',
      body: 'csto',
      status: 'suspended',
      from: '2024-02-22',
    }),
  ];
}

function article(): DocumentRecord {
  return {
    id: 'test-article',
    seedFile: '000_test.txt',
    title: 'A test article',
    author: 'A. Author',
    affiliation: 'Nowhere',
    publisher: 'Test Press',
    date: '2025-01-01',
    datePrecision: 'day',
    dateNote: 'Made up for a test.',
    language: 'en',
    removed: ['nothing at all'],
    paragraphs: [
      { id: 'p1', kind: 'heading', text: 'The CSTO' },
      {
        id: 'p2',
        kind: 'paragraph',
        text: 'In February 2024 Armenia froze its participation in the CSTO. Russia stayed a member.',
      },
    ],
  };
}

function quote(fields: Partial<Quote> = {}): Quote {
  return {
    id: 'armenia-freeze',
    document: 'test-article',
    paragraph: 'p2',
    text: 'Armenia froze its participation in the CSTO.',
    countries: ['ARM'],
    orgs: ['csto'],
    years: [2024, 2024],
    topic: 'security',
    ...fields,
  };
}

function claim(fields: Partial<ClaimNote> = {}): ClaimNote {
  return {
    id: 'russia-member',
    document: 'test-article',
    paragraph: 'p2',
    claim: 'Russia stayed a member.',
    record: 'Russia has been a member throughout.',
    countries: ['RUS'],
    orgs: ['csto'],
    source: SOURCE,
    ...fields,
  };
}

function event(fields: Partial<AtlasEvent> = {}): AtlasEvent {
  return {
    id: 'armenia-freezes',
    date: '2024-02-22',
    precision: 'day',
    kind: 'suspension',
    title: 'Armenia freezes its CSTO participation',
    description: 'Armenia says it has frozen its participation in the CSTO.',
    countries: ['ARM'],
    orgs: ['csto'],
    source: SOURCE,
    ...fields,
  };
}

function territory(fields: Partial<Territory> = {}): Territory {
  return {
    id: 'crimea',
    name: 'Crimea',
    country: 'UKR',
    kind: 'annexed',
    from: '2014-02-27',
    fromPrecision: 'day',
    note: 'Annexed by Russia in 2014; made up for a test.',
    drawnAs: 'polygon',
    point: [34.1, 45.3],
    source: SOURCE,
    ...fields,
  };
}

/** A Russian base in Armenia, made up for a test. */
function presencePoint(fields: Partial<PresencePoint> = {}): PresencePoint {
  return {
    id: 'test-base',
    name: 'A base made up for a test',
    country: 'ARM',
    place: 'Gyumri',
    at: [43.84, 40.79],
    kind: 'base',
    from: '1995-03-16',
    fromPrecision: 'day',
    legalBasis: [{ title: 'A treaty made up for a test', signed: '1995-03-16', source: SOURCE }],
    summary: 'A base made up for a test.',
    source: SOURCE,
    alternatives: [],
    ...fields,
  };
}

/** Fifteen post-Soviet states and one neighbour, the CSTO, and one of everything else. */
function validRecords(): AtlasRecords {
  return {
    countries: [...POST_SOVIET_ISO3.map((iso) => country(iso)), country('IRN', 'neighbour')],
    organisations: [csto()],
    memberships: armeniaInCsto(),
    territories: [territory()],
    events: [event()],
    quotes: [quote()],
    claims: [claim()],
    presence: [presencePoint()],
    documents: [article()],
    meta: {
      name: 'Test Atlas',
      title: 'Test Atlas: made up for a test',
      checkedOn: '2026-01-31',
      checkedNote: 'Nothing was checked: made up for a test.',
    },
  };
}

/** The valid records with one thing changed. */
function recordsWith(change: (r: AtlasRecords) => Partial<AtlasRecords>): AtlasRecords {
  const r = validRecords();
  return { ...r, ...change(r) };
}

/** `list` with the element at `i` replaced by `edit(element)`. */
function replaceAt<T>(list: readonly T[], i: number, edit: (t: T) => T): T[] {
  return list.map((t, j) => (j === i ? edit(t) : t));
}

const withMembership = (
  i: number,
  fields: Partial<MembershipInterval>,
): ((r: AtlasRecords) => Partial<AtlasRecords>) => {
  return (r) => ({ memberships: replaceAt(r.memberships, i, (m) => ({ ...m, ...fields })) });
};

/** The first organisation with two named readings: `main` (the record's own) and `treaty`. */
const withTwoReadings = (orgs: readonly Organisation[]): Organisation[] =>
  replaceAt(orgs, 0, (o) => ({
    ...o,
    readings: [
      { id: 'main', name: 'By the record', description: 'The record as the map shows it.' },
      { id: 'treaty', name: 'By treaty', description: 'Every party that has not left.' },
    ],
  }));

// ---------------------------------------------------------------------------------------------
// The rules. `rule` names the `problems.push` site in invariants.ts that the case exercises.
// ---------------------------------------------------------------------------------------------

const M = 'data/records/memberships.json';

interface Case {
  rule: string;
  name: string;
  records: () => AtlasRecords;
  /** Every problem, in order, written out by hand. */
  problems: (string | RegExp)[];
}

const CASES: Case[] = [
  {
    rule: 'country twice',
    name: 'a country listed twice is named with the index of the second entry',
    records: () =>
      recordsWith((r) => ({ countries: [...r.countries, country('ARM', 'neighbour')] })),
    problems: ['data/records/countries.json [16].iso3: ARM appears twice'],
  },
  {
    rule: 'fifteen post-Soviet states',
    name: 'fourteen post-Soviet states are refused',
    records: () =>
      recordsWith((r) => ({
        countries: replaceAt(r.countries, 3, (c) => ({ ...c, role: 'neighbour' })),
      })),
    problems: ['data/records/countries.json: there must be exactly 15 post-Soviet states'],
  },
  {
    rule: 'fifteen post-Soviet states',
    name: 'sixteen post-Soviet states are refused',
    records: () =>
      recordsWith((r) => ({
        countries: replaceAt(r.countries, 15, (c) => ({ ...c, role: 'post-soviet' })),
      })),
    problems: ['data/records/countries.json: there must be exactly 15 post-Soviet states'],
  },
  {
    rule: 'other name repeats main name',
    name: 'an other name that is the main name in another case is refused',
    records: () =>
      recordsWith((r) => ({
        countries: replaceAt(r.countries, 2, (c) => ({
          ...c,
          otherNames: [{ name: 'COUNTRY BLR', kind: 'short' }],
        })),
      })),
    problems: [
      'data/records/countries.json [2].otherNames[0]: COUNTRY BLR repeats the main name Country BLR',
    ],
  },
  {
    rule: 'other name taken',
    name: 'an other name that is another state’s main name is refused',
    records: () =>
      recordsWith((r) => ({
        countries: replaceAt(r.countries, 10, (c) => ({
          ...c,
          otherNames: [
            { name: 'Russian Federation', kind: 'official' },
            { name: 'Country ARM', kind: 'former' },
          ],
        })),
      })),
    problems: [
      'data/records/countries.json [10].otherNames[1]: Country ARM is already a name of ARM',
    ],
  },
  {
    rule: 'other name taken',
    name: 'two states with one other name, but for a diacritic, are refused at the second',
    records: () =>
      recordsWith((r) => ({
        countries: r.countries.map((c) =>
          c.iso3 === 'KAZ'
            ? { ...c, otherNames: [{ name: 'Türkistan', kind: 'former' }] }
            : c.iso3 === 'KGZ'
              ? { ...c, otherNames: [{ name: 'Turkistan', kind: 'former' }] }
              : c,
        ),
      })),
    problems: ['data/records/countries.json [6].otherNames[0]: Turkistan is already a name of KAZ'],
  },
  {
    rule: 'other name taken',
    name: 'one state with the same other name twice is refused at the second',
    records: () =>
      recordsWith((r) => ({
        countries: replaceAt(r.countries, 4, (c) => ({
          ...c,
          otherNames: [
            { name: 'Грузия', kind: 'russian' },
            { name: 'Грузия', kind: 'russian' },
          ],
        })),
      })),
    problems: ['data/records/countries.json [4].otherNames[1]: Грузия is already a name of GEO'],
  },
  {
    rule: 'membership country unknown',
    name: 'a membership of a country that is not in the countries file is refused',
    records: () => recordsWith(withMembership(2, { country: 'XYZ' })),
    problems: [`${M} [2] (XYZ csto 2024-02-22).country: XYZ is not in data/records/countries.json`],
  },
  {
    rule: 'membership until not after from',
    name: 'an interval that ends on the day it begins is refused',
    records: () => recordsWith(withMembership(1, { until: '2003-09-18' })),
    problems: [`${M} [1] (ARM csto 2003-09-18).until: 2003-09-18 is not after from 2003-09-18`],
  },
  {
    rule: 'membership until not after from',
    name: 'an interval that ends before it begins is refused',
    records: () => recordsWith(withMembership(1, { until: '2003-01-01' })),
    problems: [`${M} [1] (ARM csto 2003-09-18).until: 2003-01-01 is not after from 2003-09-18`],
  },
  {
    rule: 'membership org unknown',
    name: 'a membership of an organisation that is not in the organisations file is refused',
    records: () => recordsWith(withMembership(2, { org: 'cis', body: 'cis' })),
    problems: [`${M} [2] (ARM cis 2024-02-22).org: no organisation cis`],
  },
  {
    rule: 'membership before org',
    name: 'a membership that begins before its organisation is refused (and before its body too)',
    records: () => recordsWith(withMembership(0, { from: '1991-12-21' })),
    problems: [
      `${M} [0] (ARM csto 1991-12-21).from: 1991-12-21 is before the CSTO began (1992-05-15)`,
      `${M} [0] (ARM csto 1991-12-21).from: 1991-12-21 is before CST began (1992-05-15)`,
    ],
  },
  {
    rule: 'membership body unknown',
    name: 'a membership of a body outside the organisation’s line is refused',
    records: () => recordsWith(withMembership(2, { body: 'eurasec' })),
    problems: [`${M} [2] (ARM csto 2024-02-22).body: eurasec is not a body of csto`],
  },
  {
    rule: 'membership before body',
    name: 'a membership of a body that did not yet exist is refused',
    records: () => recordsWith(withMembership(0, { body: 'csto' })),
    problems: [`${M} [0] (ARM csto 1992-05-15).from: 1992-05-15 is before CSTO began (2003-09-18)`],
  },
  {
    rule: 'membership past body end',
    name: 'a dated membership that outlives its body is refused',
    records: () => recordsWith(withMembership(1, { body: 'cst' })),
    problems: [`${M} [1] (ARM csto 2003-09-18).until: runs past the end of CST (2003-09-18)`],
  },
  {
    rule: 'membership past body end',
    name: 'an open membership of a body that has ended is refused',
    records: () => recordsWith(withMembership(2, { body: 'cst' })),
    problems: [`${M} [2] (ARM csto 2024-02-22).until: runs past the end of CST (2003-09-18)`],
  },
  {
    rule: 'overlap',
    name: 'two dated intervals of one country in one organisation may not overlap',
    records: () =>
      recordsWith((r) => ({
        memberships: [
          ...r.memberships,
          interval({
            country: 'ARM',
            org: 'csto',
            body: 'csto',
            status: 'observer',
            from: '2020-01-01',
            until: '2024-02-22',
          }),
        ],
      })),
    problems: [
      `${M} [3].from: ARM/csto interval from 2020-01-01 overlaps [1] (2003-09-18–2024-02-22)`,
    ],
  },
  {
    rule: 'overlap',
    name: 'an interval after an open one overlaps it',
    records: () =>
      recordsWith((r) => ({
        memberships: [
          ...r.memberships,
          interval({
            country: 'ARM',
            org: 'csto',
            body: 'csto',
            status: 'member',
            from: '2025-05-01',
          }),
        ],
      })),
    problems: [`${M} [3].from: ARM/csto interval from 2025-05-01 overlaps [2] (2024-02-22–open)`],
  },
  {
    rule: 'body before org',
    name: 'a body that begins before its organisation is refused',
    records: () =>
      recordsWith((r) => ({
        organisations: replaceAt(r.organisations, 0, (o) => ({
          ...o,
          bodies: replaceAt(o.bodies, 0, (b) => ({ ...b, from: '1992-05-01' })),
        })),
      })),
    problems: [
      'data/records/organisations.json [0].bodies[0].from: 1992-05-01 is before csto began (1992-05-15)',
    ],
  },
  {
    rule: 'territory country unknown',
    name: 'a territory of an unknown country is refused',
    records: () => recordsWith(() => ({ territories: [territory({ country: 'XYZ' })] })),
    problems: ['data/records/territories.json [0].country: XYZ is unknown'],
  },
  {
    rule: 'territory until not after from',
    name: 'a territory that ends on the day it begins is refused',
    records: () => recordsWith(() => ({ territories: [territory({ until: '2014-02-27' })] })),
    problems: ['data/records/territories.json [0].until: not after from'],
  },
  {
    rule: 'ref country',
    name: 'a quote about an unknown country is refused, naming the position in its list',
    records: () => recordsWith(() => ({ quotes: [quote({ countries: ['ARM', 'XYZ'] })] })),
    problems: [
      'data/records/quotes.json [0].countries[1]: XYZ is not in data/records/countries.json',
    ],
  },
  {
    rule: 'ref org',
    name: 'a quote about an organisation that is not in the records is refused',
    records: () => recordsWith(() => ({ quotes: [quote({ orgs: ['csto', 'eaeu'] })] })),
    problems: ['data/records/quotes.json [0].orgs[1]: eaeu is not an organisation'],
  },
  {
    rule: 'ref country',
    name: 'a claim about an unknown country is refused',
    records: () => recordsWith(() => ({ claims: [claim({ countries: ['XYZ'] })] })),
    problems: [
      'data/records/claims.json [0].countries[0]: XYZ is not in data/records/countries.json',
    ],
  },
  {
    rule: 'ref org',
    name: 'a claim about an organisation that is not in the records is refused',
    records: () => recordsWith(() => ({ claims: [claim({ orgs: ['cis'] })] })),
    problems: ['data/records/claims.json [0].orgs[0]: cis is not an organisation'],
  },
  {
    rule: 'ref country',
    name: 'an event in an unknown country is refused',
    records: () => recordsWith(() => ({ events: [event({ countries: ['ARM', 'RUS', 'XYZ'] })] })),
    problems: [
      'data/records/events.json [0].countries[2]: XYZ is not in data/records/countries.json',
    ],
  },
  {
    rule: 'ref org',
    name: 'an event of an organisation that is not in the records is refused',
    records: () => recordsWith(() => ({ events: [event({ orgs: ['eaeu'] })] })),
    problems: ['data/records/events.json [0].orgs[0]: eaeu is not an organisation'],
  },
  {
    rule: 'quote id twice',
    name: 'two quotes with one id are refused',
    records: () =>
      recordsWith(() => ({ quotes: [quote(), quote({ text: 'Russia stayed a member.' })] })),
    problems: ['data/records/quotes.json [1].id: armenia-freeze appears twice'],
  },
  {
    rule: 'quote years reversed',
    name: 'a quote whose years run backwards is refused',
    records: () => recordsWith(() => ({ quotes: [quote({ years: [2025, 2024] })] })),
    problems: ['data/records/quotes.json [0].years: 2025 is after 2024'],
  },
  {
    rule: 'quote document unknown',
    name: 'a quote from a document that does not exist is refused',
    records: () => recordsWith(() => ({ quotes: [quote({ document: 'no-such-article' })] })),
    problems: ['data/records/quotes.json [0].document: no document no-such-article'],
  },
  {
    rule: 'quote paragraph missing',
    name: 'a quote from a paragraph the document does not have is refused',
    records: () => recordsWith(() => ({ quotes: [quote({ paragraph: 'p9' })] })),
    problems: ['data/records/quotes.json [0].paragraph: test-article has no paragraph p9'],
  },
  {
    rule: 'quote not verbatim',
    name: 'a quote that changes a word of its paragraph is refused',
    records: () =>
      recordsWith(() => ({
        quotes: [quote({ text: 'Armenia suspended its participation in the CSTO.' })],
      })),
    problems: ['data/records/quotes.json [0].text: not found verbatim in test-article p2'],
  },
  {
    rule: 'quote not verbatim',
    name: 'a quote found only in another paragraph of the document is refused',
    records: () => recordsWith(() => ({ quotes: [quote({ paragraph: 'p1' })] })),
    problems: ['data/records/quotes.json [0].text: not found verbatim in test-article p1'],
  },
  {
    rule: 'claim paragraph missing',
    name: 'a claim on a paragraph the document does not have is refused',
    records: () => recordsWith(() => ({ claims: [claim({ paragraph: 'p7' })] })),
    problems: ['data/records/claims.json [0].paragraph: test-article has no paragraph p7'],
  },
  {
    rule: 'claim paragraph missing',
    name: 'a claim on a document that does not exist is refused',
    records: () => recordsWith(() => ({ claims: [claim({ document: 'no-such-article' })] })),
    problems: ['data/records/claims.json [0].paragraph: no-such-article has no paragraph p2'],
  },
  {
    rule: 'claim not verbatim',
    name: 'a claim that is not the article’s own words is refused',
    records: () => recordsWith(() => ({ claims: [claim({ claim: 'Russia left.' })] })),
    problems: ['data/records/claims.json [0].claim: not found verbatim in test-article p2'],
  },
  {
    rule: 'event id twice',
    name: 'two events with one id are refused',
    records: () =>
      recordsWith(() => ({
        events: [event(), event({ date: '2024-06-12', title: 'Another one' })],
      })),
    problems: ['data/records/events.json [1].id: armenia-freezes appears twice'],
  },
  {
    rule: 'event ends before it begins',
    name: 'an event that ends before it begins is refused',
    records: () => recordsWith(() => ({ events: [event({ endDate: '2024-02-21' })] })),
    problems: ['data/records/events.json [0].endDate: before date'],
  },
  {
    rule: 'paragraph id twice',
    name: 'a document with two paragraphs of one id is refused',
    records: () =>
      recordsWith((r) => ({
        documents: replaceAt(r.documents, 0, (d) => ({
          ...d,
          paragraphs: [...d.paragraphs, { id: 'p1', kind: 'note', text: 'A note.' }],
        })),
      })),
    problems: ['data/documents/test-article.json paragraphs[2].id: p1 appears twice'],
  },
  {
    rule: 'reading id unknown',
    name: 'an alternative under a reading the organisation does not name, or under its main one',
    records: () =>
      recordsWith((r) => ({
        organisations: withTwoReadings(r.organisations),
        memberships: replaceAt(r.memberships, 0, (m) => ({
          ...m,
          alternatives: [
            {
              status: 'member',
              reading: 'Read by another rule.',
              readingId: 'main',
              source: m.source,
            },
            {
              status: 'member',
              reading: 'Read by a third rule.',
              readingId: 'other',
              source: m.source,
            },
          ],
        })),
      })),
    problems: [
      /memberships\.json \[0\] .*\.alternatives\[0\]\.readingId: main is not one of the other readings of /,
      /memberships\.json \[0\] .*\.alternatives\[1\]\.readingId: other is not one of the other readings of /,
    ],
  },
  {
    rule: 'named reading without status',
    name: 'an alternative under a named reading that gives no status',
    records: () =>
      recordsWith((r) => ({
        organisations: withTwoReadings(r.organisations),
        memberships: replaceAt(r.memberships, 0, (m) => ({
          ...m,
          alternatives: [
            { reading: 'Read by another rule.', readingId: 'treaty', source: m.source },
          ],
        })),
      })),
    problems: [
      /memberships\.json \[0\] .*\.alternatives\[0\]\.status: a named reading needs its status/,
    ],
  },
  {
    rule: 'presence id twice',
    name: 'a presence point given twice',
    records: () => recordsWith((r) => ({ presence: [...r.presence, presencePoint()] })),
    problems: ['data/records/presence.json [1] (test-base).id: test-base is given twice'],
  },
  {
    rule: 'presence country',
    name: 'a presence point in Russia or a neighbour',
    records: () =>
      recordsWith(() => ({
        presence: [presencePoint({ country: 'RUS' }), presencePoint({ id: 'b', country: 'IRN' })],
      })),
    problems: [
      'data/records/presence.json [0] (test-base).country: RUS is not one of the other fourteen post-Soviet states',
      'data/records/presence.json [1] (b).country: IRN is not one of the other fourteen post-Soviet states',
    ],
  },
  {
    rule: 'presence until',
    name: 'a presence that ends before it begins',
    records: () => recordsWith(() => ({ presence: [presencePoint({ until: '1995-03-16' })] })),
    problems: [
      'data/records/presence.json [0] (test-base).until: 1995-03-16 is not after from (1995-03-16)',
    ],
  },
];

describe('checkInvariants', () => {
  it('finds no problem in the valid fixture', () => {
    expect(checkInvariants(validRecords())).toEqual([]);
  });

  it('builds its valid fixture from records that pass the file schemas', () => {
    const r = validRecords();
    expect(() => {
      countriesFile.parse(r.countries);
      organisationsFile.parse(r.organisations);
      membershipsFile.parse(r.memberships);
      territoriesFile.parse(r.territories);
      eventsFile.parse(r.events);
      quotesFile.parse(r.quotes);
      claimsFile.parse(r.claims);
      presenceFile.parse(r.presence);
      for (const d of r.documents) documentRecord.parse(d);
    }).not.toThrow();
  });

  it('accepts intervals that touch (one ends on the day the next begins)', () => {
    const r = validRecords();
    expect(r.memberships[0]!.until).toBe(r.memberships[1]!.from);
    expect(checkInvariants(r)).toEqual([]);
  });

  it('accepts a quote that differs from its paragraph only in white space', () => {
    const r = recordsWith(() => ({
      quotes: [quote({ text: '  Armenia froze its\n participation   in the CSTO. ' })],
    }));
    expect(checkInvariants(r)).toEqual([]);
  });

  it('accepts a territory and an event that last', () => {
    const r = recordsWith(() => ({
      territories: [territory({ until: '2014-02-28' })],
      events: [event({ endDate: '2024-02-22' })],
    }));
    expect(checkInvariants(r)).toEqual([]);
  });

  it.each(CASES.map((c) => [c.name, c] as const))('reports %s', (_name, c) => {
    const problems = checkInvariants(c.records());
    expect(problems).toHaveLength(c.problems.length);
    c.problems.forEach((expected, k) => {
      if (typeof expected === 'string') expect(problems[k]).toBe(expected);
      else expect(problems[k]).toMatch(expected);
    });
  });
});

/** The template literal (or string) passed to each `problems.push(` in the source, in order. */
function pushTemplates(source: string): string[] {
  const templates: string[] = [];
  const marker = 'problems.push(';
  for (let at = source.indexOf(marker); at !== -1; at = source.indexOf(marker, at + 1)) {
    let i = at + marker.length;
    while (/\s/.test(source[i]!)) i++;
    const quote = source[i]!;
    let depth = 0;
    let text = '';
    for (i++; i < source.length; i++) {
      const ch = source[i]!;
      if (depth === 0 && ch === quote) break;
      if (quote === '`' && ch === '$' && source[i + 1] === '{') {
        depth++;
        text += '${';
        i++;
        continue;
      }
      if (depth > 0 && ch === '{') depth++;
      else if (depth > 0 && ch === '}') depth--;
      text += ch;
    }
    templates.push(text);
  }
  return templates;
}

/** A regular expression that matches the lines a template can produce. */
function templateRegex(template: string): RegExp {
  const parts = template.split(/\$\{(?:[^{}]|\{[^{}]*\})*\}/);
  return new RegExp(`^${parts.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.+?')}$`);
}

describe('the invariant fixtures', () => {
  const source = readFileSync(join(__dirname, 'invariants.ts'), 'utf8');
  const templates = pushTemplates(source);

  it('read every problems.push site of invariants.ts', () => {
    expect(templates.length).toBe(source.split('problems.push(').length - 1);
    expect(templates.length).toBeGreaterThanOrEqual(25);
  });

  it('exercise as many distinct rules as invariants.ts has problems.push sites', () => {
    expect(new Set(CASES.map((c) => c.rule)).size).toBe(templates.length);
  });

  it('produce, between them, a line from every problems.push site', () => {
    const lines = CASES.flatMap((c) => checkInvariants(c.records()));
    const unexercised = templates.filter((t) => !lines.some((l) => templateRegex(t).test(l)));
    expect(unexercised).toEqual([]);
  });

  it('only expect lines that some problems.push site can produce', () => {
    const regexes = templates.map(templateRegex);
    for (const c of CASES)
      for (const p of c.problems)
        if (typeof p === 'string')
          expect(
            regexes.some((r) => r.test(p)),
            p,
          ).toBe(true);
  });
});
