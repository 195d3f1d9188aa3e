/**
 * Golden expectations, written by hand from the historical record, never computed by our code.
 *
 * Each cell says what the map and the table must show for one state in one organisation in one
 * year: the status on its reference day (31 December of the year; for the current year, today).
 * `day` and `status` are typed out by hand; `why` names the treaty, decision or report behind the
 * status. Tests compare the records (`statusAt`) and the rendered page against these cells, so a
 * wrong record or a bug in the status logic fails a test instead of being copied into it.
 *
 * Conventions the product owner chose, applied here by hand:
 * - CIS before the Charter entered into force (22 January 1994): every state is a `member` from
 *   the day it signed the Belovezha Agreement (8 December 1991) or the Alma-Ata Protocol
 *   (21 December 1991) until it stopped taking part; from 22 January 1994 a state that had not
 *   ratified the Charter is `participating`.
 * - CSTO: the 1992 Collective Security Treaty counts from signature or accession (15 May 1992).
 * - EAEU: the 1995 Customs Union, then the Eurasian Economic Community (30 May 2001 to
 *   31 December 2014), then the Eurasian Economic Union (from 1 January 2015).
 * - Before an organisation (or its first predecessor) existed, every state is a `non-member`.
 *
 * Sources were read in stored copies of official texts and news agencies (see each `why`).
 */
import type { OrgId, Status } from '@/data/vocabulary';
import { cisCells } from './golden/cis';
import { cstoCells } from './golden/csto';
import { eaeuCells } from './golden/eaeu';
import { guamCells } from './golden/guam';
import { jadsCells } from './golden/jads';
import { S } from './golden/notes';
import { unionStateCells } from './golden/union-state';

/**
 * The fifteen post-Soviet states (the Union republics of the USSR in 1991), by ISO3, written out
 * by hand: the one list the tests compare the records, the geometry and the page against.
 */
export const POST_SOVIET_ISO3 = [
  'ARM',
  'AZE',
  'BLR',
  'EST',
  'GEO',
  'KAZ',
  'KGZ',
  'LTU',
  'LVA',
  'MDA',
  'RUS',
  'TJK',
  'TKM',
  'UKR',
  'UZB',
] as const;

/**
 * Their English names as the page shows them (row headers, tooltips, sentences), written out by
 * hand so that a test's name and expectation never depend on the records.
 */
export const POST_SOVIET_NAMES: Readonly<Record<(typeof POST_SOVIET_ISO3)[number], string>> = {
  ARM: 'Armenia',
  AZE: 'Azerbaijan',
  BLR: 'Belarus',
  EST: 'Estonia',
  GEO: 'Georgia',
  KAZ: 'Kazakhstan',
  KGZ: 'Kyrgyzstan',
  LTU: 'Lithuania',
  LVA: 'Latvia',
  MDA: 'Moldova',
  RUS: 'Russia',
  TJK: 'Tajikistan',
  TKM: 'Turkmenistan',
  UKR: 'Ukraine',
  UZB: 'Uzbekistan',
};

export interface GoldenCell {
  year: number;
  org: OrgId;
  /** ISO 3166-1 alpha-3. */
  iso3: string;
  status: Status;
  /** The reference day, written out by hand: `YYYY-12-31`, or the day the cell was checked for the current year. */
  day: string;
  /** One line: the treaty, decision or report behind the status, with its date. */
  why: string;
  /**
   * Only for cells of the current year (2026): the span of days, both ends included, over which
   * the status is certain from the sources (nothing can change it before 31 December: e.g. a CIS
   * withdrawal takes effect twelve months after notice), so that a test run on another day of
   * that span may use the cell.
   */
  holds?: { from: string; to: string };
}

/** Every golden cell, by organisation (one file each in golden/). */
export const goldenCells: readonly GoldenCell[] = [
  ...cisCells,
  ...cstoCells,
  ...eaeuCells,
  ...unionStateCells,
  ...jadsCells,
  ...guamCells,
];

/** One change of status, written by hand: the day it took effect, before and after. */
export interface GoldenChange {
  country: string;
  date: string;
  before: Status;
  after: Status;
  why: string;
  /**
   * Where the sources date the same change differently (e.g. the day a return was agreed, the
   * day its protocol was signed, the day it was ratified), every day they give, `date` included:
   * the record may follow any of them.
   */
  readings?: readonly string[];
}

/**
 * Every change of status in the CST/CSTO after 31 December 1995 and on or before 31 December
 * 2025, in date order (then by country): what the "Changes in the CSTO, 1995 to 2025" list
 * must show. The CST→CSTO transformation of 18 September 2003 changed no one's status.
 */
export const goldenCstoChanges1995To2025: readonly GoldenChange[] = [
  { country: 'AZE', date: '1999-04-21', before: 'member', after: 'non-member', why: S.cstLeft1999 },
  { country: 'GEO', date: '1999-04-21', before: 'member', after: 'non-member', why: S.cstLeft1999 },
  { country: 'UZB', date: '1999-04-21', before: 'member', after: 'non-member', why: S.cstLeft1999 },
  {
    country: 'UZB',
    date: '2006-06-23',
    before: 'non-member',
    after: 'member',
    why: 'Return announced and accepted at the Minsk session 23 Jun 2006 (Lenta.ru/RIA, PanARMENIAN); Protocol on restoring membership signed at Sochi 16 Aug 2006 (TASS); Karimov signed the law ratifying it 13 Dec 2006 (Lenta.ru/AKIpress, Obozrevatel/UNIAN)',
    readings: ['2006-06-23', '2006-08-16', '2006-12-13'],
  },
  {
    country: 'UZB',
    date: '2012-06-28',
    before: 'member',
    after: 'suspended',
    why: 'Note of 28 Jun 2012 suspending its participation (TASS 28 Jun 2012)',
  },
  {
    country: 'UZB',
    date: '2012-12-19',
    before: 'suspended',
    after: 'non-member',
    why: 'The Collective Security Council suspended its membership, Moscow 19 Dec 2012 (TASS, RFE/RL)',
  },
  { country: 'ARM', date: '2024-02-22', before: 'member', after: 'suspended', why: S.armFrozen },
];
