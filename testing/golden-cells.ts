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

/** Source notes used by several cells. */
const S = {
  belovezha:
    'Signed the Agreement on the Establishment of the CIS at Viskuli, 8 Dec 1991 (Belarus, Russia, Ukraine); before the Charter took force every signatory counts as a member',
  almaAta:
    'Signed the Alma-Ata Protocol to the CIS Agreement, 21 Dec 1991; before the Charter took force (22 Jan 1994) every signatory counts as a member',
  cisCharter:
    'Party to the CIS founding agreements and the Charter (Charter adopted Minsk 22 Jan 1993, in force 22 Jan 1994); no withdrawal notice given',
  baltic:
    'Independence restored in 1991 outside the Union; never signed the Belovezha Agreement, the Alma-Ata Protocol, the Collective Security Treaty or any EAEU predecessor treaty',
  georgiaNot1991:
    'Georgia alone of the twelve did not sign the Alma-Ata Protocol (21 Dec 1991); it joined the CIS only in Dec 1993 (UPI 8 Oct 1993; civil.ge)',
  azeObserver:
    'The Milli Majlis refused to ratify the CIS agreements on 7 Oct 1992; Azerbaijan kept observer status until it rejoined in Sep 1993 (Library of Congress Country Study: Azerbaijan)',
  azeRejoined:
    'Supreme Soviet approved joining the CIS 20 Sep 1993; Heydar Aliyev signed the accession documents in Moscow 24 Sep 1993 (Aliyev Heritage Library)',
  geoJoined:
    'Shevardnadze announced entry 8 Oct 1993 (UPI, LA Times); Georgia joined the CIS 3 Dec 1993 (civil.ge; PanARMENIAN "joined two years later, in December 1993")',
  geoMember:
    'Member from 3 Dec 1993; parliament ratified accession 1 Mar 1994; no withdrawal until the announcement of 14 Aug 2008',
  geoWithdrawing:
    'Withdrawal announced 14 Aug 2008 after the war with Russia (parliament vote; notice 18 Aug 2008); takes effect 12 months after notice, Charter art. 9 (PanARMENIAN; The Messenger 18 Aug 2009)',
  geoOut:
    'Withdrawal from the CIS took effect 18 Aug 2009 (civil.ge "Georgia Finalizes Quitting CIS"; The Messenger 18 Aug 2009)',
  mdaBefore1994:
    'Signed the Alma-Ata Protocol 21 Dec 1991 and kept taking part although parliament had not ratified; before the Charter took force every signatory counts as a member',
  mdaMember:
    'Parliament approved CIS membership and the Charter in April 1994 (Library of Congress Country Study: Moldova); no notice of withdrawal before 2026',
  mdaWithdrawing:
    'Government approved denouncing the CIS Agreement, its Protocol and the Charter on 11 Mar 2026 (TASS, Vedomosti 11 Mar 2026); withdrawal takes effect 12 months after notice',
  ukrParticipating:
    'Ratified the 1991 Agreement (10 Dec 1991) but never signed or ratified the Charter (in force 22 Jan 1994): took part without ratifying (TASS 19 May 2018)',
  ukrOut:
    'Decree of 19 May 2018 recalling Ukraine\'s representatives from all CIS statutory bodies (TASS 19 May 2018; Ukraine "never entered" the CIS, so no formal withdrawal)',
  tkmParticipating:
    'Never ratified the CIS Charter (in force 22 Jan 1994): took part without ratifying until it became an associate at the Kazan summit, 26 Aug 2005',
  tkmAssociate:
    "Associate member from 26 Aug 2005: Niyazov's letter accepted at the Kazan summit (RIA Novosti 27 Aug 2005; RFE/RL 29 Aug 2005)",

  cstNotYet: 'The Collective Security Treaty was first signed on 15 May 1992',
  cstSigned:
    'Signed the Collective Security Treaty at Tashkent, 15 May 1992 (with Armenia, Kazakhstan, Kyrgyzstan, Russia, Tajikistan, Uzbekistan; mfa.gov.by)',
  cstNotSigned1992:
    'Not among the six signatories of 15 May 1992; acceded to the Collective Security Treaty only in 1993 (Azerbaijan 24 Sep, Georgia 9 Dec, Belarus 31 Dec)',
  aze93: 'Acceded to the Collective Security Treaty 24 Sep 1993 (with its return to the CIS)',
  geo93: 'Acceded to the Collective Security Treaty 9 Dec 1993',
  blr93: 'Acceded to the Collective Security Treaty 31 Dec 1993 (a party from that day)',
  cstParty9x:
    'Party to the Collective Security Treaty (in force 20 Apr 1994 for five years, to 20 Apr 1999)',
  cstProlonged:
    'Signed the Protocol on prolongation of the Collective Security Treaty, Moscow 2 Apr 1999 (in force from 21 Apr 1999)',
  cstLeft1999:
    'Did not sign the Protocol of 2 Apr 1999; its treaty term ended 20 Apr 1999, so not a party from 21 Apr 1999 (Protocol text; Jamestown Monitor 23 Apr 1999)',
  cstNever:
    'Never signed the Collective Security Treaty (Jamestown Monitor 1999: Ukraine, Moldova and Turkmenistan never signed it)',
  cstoMember:
    'CSTO Charter (Chisinau, 7 Oct 2002) in force 18 Sep 2003 for the six parties of the prolonged treaty (mfa.gov.by); no suspension',
  uzbOut1999to2006:
    'Left the treaty in Apr 1999; returned only at the Minsk CSTO session of 23 Jun 2006',
  uzbBack2006:
    'Return accepted at the Minsk CSTO session 23 Jun 2006 (PanARMENIAN 24 Jun 2006); restoration Protocol signed 16 Aug 2006, ratified by law of 13 Dec 2006 (Lenta.ru)',
  uzbOut2012:
    'Note of 28 Jun 2012 suspending participation (TASS 28 Jun 2012); the Collective Security Council suspended its membership on 19 Dec 2012 (TASS, RFE/RL 19 Dec 2012)',
  armFrozen:
    'Participation frozen: Pashinyan to France 24, 22 Feb 2024 (Asbarez, OC Media, Kyiv Independent 23 Feb 2024); no formal withdrawal',

  cuNotYet:
    'The Customs Union (first EAEU predecessor) began with the Russia-Belarus agreement of 6 Jan 1995',
  cu1995:
    'Customs Union: Russia-Belarus agreement, Minsk 6 Jan 1995; Kazakhstan joined 20 Jan 1995 (evrazes.com list of Customs Union treaties)',
  kgzNot1995:
    'Kyrgyzstan acceded to the Customs Union agreements only on 29 Mar 1996 (evrazes.com)',
  kgz1996: 'Acceded to the Customs Union agreements, Moscow 29 Mar 1996 (evrazes.com)',
  tjkNotYet: 'Tajikistan was admitted to the Customs Union only on 26 Feb 1999 (RFE/RL 1 Mar 1999)',
  tjk1999: 'Admitted to the Customs Union as its fifth member, 26 Feb 1999 (RFE/RL 1 Mar 1999)',
  eurasec:
    'Member of the Eurasian Economic Community (Treaty of Astana 10 Oct 2000, in force 30 May 2001; ended 31 Dec 2014)',
  eaeu2015: 'Treaty on the Eurasian Economic Union (Astana, 29 May 2014) in force 1 Jan 2015',
  arm2015: 'Accession treaty of 9 Oct 2014 in force 2 Jan 2015',
  kgz2015:
    'Accession treaty of 23 Dec 2014 in force in Aug 2015 (TASS 6 Aug 2015; Eurasian Economic Commission: 12 Aug 2015)',
  obsEurasec:
    'Observer at EurAsEC: Moldova and Ukraine from 2002, Armenia from 2003 (Vedomosti 12 Nov 2008; PanARMENIAN 26 Apr 2003)',
  observerFrom2002:
    'Not a party to the Customs Union; an observer at EurAsEC only from 2002 (Vedomosti 12 Nov 2008)',
  eurasecEnded:
    'EurAsEC ended 31 Dec 2014 and its observer status with it; the EAEU granted observer status first to Moldova on 14 May 2018',
  notEaeuMember:
    'Not a party to the Customs Union, EurAsEC or the EAEU treaties and never granted observer status',
  uzbNotEurasec:
    'Uzbekistan joined EurAsEC only in Jan 2006 (BU ISCIP: "did not join until January 2006")',
  uzbEurasec: 'Joined EurAsEC in Jan 2006 (protocol of 25 Jan 2006; BU ISCIP 2008)',
  uzbEurasecSuspended:
    "Suspended its EurAsEC membership: Karimov's letter received 20 Oct 2008 (The Messenger 14 Nov 2008; RIA Novosti 12 Nov 2008); never resumed before EurAsEC ended",
  uzbNotEaeu:
    'EurAsEC (where Uzbekistan was suspended) ended 31 Dec 2014; EAEU observer only from 11 Dec 2020',
  uzbObserver:
    'EAEU observer granted by the Supreme Eurasian Economic Council, 11 Dec 2020 (kun.uz 11 Dec 2020; GRATA/Mondaq)',
  mdaObserver:
    'EAEU observer granted by the Supreme Eurasian Economic Council, 14 May 2018 (RIAC, Kofner 3 Jun 2018)',
  tjkNotEaeu:
    'Tajikistan did not join the Eurasian Economic Union (members from 2015: ARM BLR KAZ KGZ RUS)',
  usNotYet:
    'The Community of Belarus and Russia was founded by the treaty of 2 Apr 1996 (Moscow); nothing before it',
  usCommunity:
    'Treaty on the formation of the Community of Belarus and Russia, signed Moscow 2 Apr 1996 by Yeltsin and Lukashenko (kremlin.ru; souzveche.ru)',
  usUnion:
    'Treaty on the Union of Belarus and Russia, 2 Apr 1997, and its Charter, 23 May 1997 (ratified by the Duma 6 Jun 1997); the Union State treaty was signed 8 Dec 1999 but in force only 26 Jan 2000',
  usUnionState:
    'Treaty on the Creation of a Union State, Moscow 8 Dec 1999, in force 26 Jan 2000 (Permanent Committee of the Union State; kremlin.ru); no withdrawal',
  usNever: 'Not a party to any of the Russia–Belarus treaties of 1996, 1997 or 1999',

  jadsNotYet:
    'The Agreement on the joint air defence system of the CIS states was signed only on 10 Feb 1995 (Almaty)',
  jadsSigned:
    'One of the ten signatories of the Agreement on the joint air defence system, Almaty 10 Feb 1995, in force from signature (Verkhovna Rada register 997_446; BelaPAN 11 Dec 2012); no withdrawal found',
  jadsNotSigned:
    'Not among the ten signatories of the Almaty agreement of 10 Feb 1995 (Azerbaijan, Moldova and the Baltic states never signed: BelaPAN 11 Dec 2012; RIA Novosti 31 Mar 2006)',
  jadsGeoNote:
    'Note of 14 May 2008 withdrawing from the 1995 agreement, effective one year after the depositary received it (NEWS.am/Novosti-Armenia 14 May 2008; Kavkaz-uzel)',
  jadsGeoOut:
    "Georgia's withdrawal, notified 14 May 2008, took effect a year later, in May 2009 (NEWS.am 14 May 2008)",
  jadsUkrMember2013:
    'A party taking part until the war: last documented participation the CIS exercise of April 2008 (RIA Novosti 14 Apr 2008); the record ends full membership on 27 Feb 2014, when Russia began seizing Crimea',
  jadsUkrSuspended:
    'Formally a party until the decree of 25 Feb 2026, but no part in the system after 2014: absent from the committee in Dushanbe, Apr 2012 (Vesti.az 5 Apr 2012); out of all CIS statutory bodies from 19 May 2018 (decree)',
  jadsUzbBefore2000:
    'Signatory of the Almaty agreement, 10 Feb 1995 (in force from signature); Jamestown calls Uzbekistan "not members" only from April 2000',
  jadsUzbSuspended:
    'A party not taking part: "not members" (Jamestown, Apr 2000); Uzbek MoD "failed to turn up" at the committee of 5 Mar 2003 (WPS 7 Mar 2003); absent from Dushanbe, Apr 2012 (Vesti.az 5 Apr 2012)',
  jadsUzbBack:
    'Back in the system: one of the seven states in Souzveche (2015); at the 47th Coordination Committee, Astrakhan 5 Sep 2017 (Sputnik); hosted the committee in Tashkent, Apr 2018 (Sputnik Uzbekistan)',
  jadsTkmIntermittent:
    'A party taking part intermittently: its delegation sat on the 47th Coordination Committee, Astrakhan 5 Sep 2017 (Sputnik 5 Sep 2017; TASS 7 Sep 2017); no withdrawal found',

  guamNotYet:
    'GUAM began with the joint communiqué of its four presidents at the Council of Europe summit, Strasbourg 10 Oct 1997',
  guamFounder:
    'Founding participant: joint communiqué of Georgia, Ukraine, Azerbaijan and Moldova, Strasbourg 10 Oct 1997 (GUAM secretariat; MFA Ukraine); Kyiv Charter of ODED-GUAM 23 May 2006',
  guamUzbNotYet: 'Uzbekistan joined only on 24 Apr 1999 (Washington, GUUAM)',
  guamUzbJoined:
    'Joined on 24 Apr 1999 at the NATO summit in Washington, making GUUAM (RFE/RL 26 Apr 1999)',
  guamUzbSuspended:
    "Notified on 12–13 Jun 2002 that it was pulling out of GUUAM's activities (RFE/RL 14 Jun 2002); formal withdrawal only in 2005",
  guamUzbOut:
    "Withdrawal letter of 3 May 2005, receipt confirmed by Moldova's chair 5 May 2005 (RFE/RL 5 May 2005; Civil.ge)",
  guamNever: 'Never a participant in GUAM, GUUAM or ODED-GUAM',
} as const;

type Cell = GoldenCell;
const c = (
  year: number,
  org: OrgId,
  iso3: string,
  status: Status,
  day: string,
  why: string,
  holds?: GoldenCell['holds'],
): Cell =>
  holds ? { year, org, iso3, status, day, why, holds } : { year, org, iso3, status, day, why };

/** For the current year: certain from the start of 2026 to its end. */
const ALL_2026 = { from: '2026-01-01', to: '2026-12-31' };

export const goldenCells: readonly GoldenCell[] = [
  // ——— CIS ———————————————————————————————————————————————————————————————————————————
  // 1991: the founding signatures
  c(1991, 'cis', 'ARM', 'member', '1991-12-31', S.almaAta),
  c(1991, 'cis', 'AZE', 'member', '1991-12-31', S.almaAta),
  c(1991, 'cis', 'BLR', 'member', '1991-12-31', S.belovezha),
  c(1991, 'cis', 'EST', 'non-member', '1991-12-31', S.baltic),
  c(1991, 'cis', 'GEO', 'non-member', '1991-12-31', S.georgiaNot1991),
  c(1991, 'cis', 'KAZ', 'member', '1991-12-31', S.almaAta),
  c(1991, 'cis', 'KGZ', 'member', '1991-12-31', S.almaAta),
  c(1991, 'cis', 'LTU', 'non-member', '1991-12-31', S.baltic),
  c(1991, 'cis', 'LVA', 'non-member', '1991-12-31', S.baltic),
  c(1991, 'cis', 'MDA', 'member', '1991-12-31', S.almaAta),
  c(1991, 'cis', 'RUS', 'member', '1991-12-31', S.belovezha),
  c(1991, 'cis', 'TJK', 'member', '1991-12-31', S.almaAta),
  c(1991, 'cis', 'TKM', 'member', '1991-12-31', S.almaAta),
  c(1991, 'cis', 'UKR', 'member', '1991-12-31', S.belovezha),
  c(1991, 'cis', 'UZB', 'member', '1991-12-31', S.almaAta),
  // 1992: Azerbaijan's parliament refuses ratification
  c(1992, 'cis', 'ARM', 'member', '1992-12-31', S.almaAta),
  c(1992, 'cis', 'AZE', 'observer', '1992-12-31', S.azeObserver),
  c(1992, 'cis', 'BLR', 'member', '1992-12-31', S.belovezha),
  c(1992, 'cis', 'EST', 'non-member', '1992-12-31', S.baltic),
  c(1992, 'cis', 'GEO', 'non-member', '1992-12-31', S.georgiaNot1991),
  c(1992, 'cis', 'KAZ', 'member', '1992-12-31', S.almaAta),
  c(1992, 'cis', 'KGZ', 'member', '1992-12-31', S.almaAta),
  c(1992, 'cis', 'LTU', 'non-member', '1992-12-31', S.baltic),
  c(1992, 'cis', 'LVA', 'non-member', '1992-12-31', S.baltic),
  c(1992, 'cis', 'MDA', 'member', '1992-12-31', S.mdaBefore1994),
  c(1992, 'cis', 'RUS', 'member', '1992-12-31', S.belovezha),
  c(1992, 'cis', 'TJK', 'member', '1992-12-31', S.almaAta),
  c(1992, 'cis', 'TKM', 'member', '1992-12-31', S.almaAta),
  c(1992, 'cis', 'UKR', 'member', '1992-12-31', S.belovezha),
  c(1992, 'cis', 'UZB', 'member', '1992-12-31', S.almaAta),
  // 1993: Azerbaijan returns, Georgia joins; still before the Charter
  c(1993, 'cis', 'ARM', 'member', '1993-12-31', S.almaAta),
  c(1993, 'cis', 'AZE', 'member', '1993-12-31', S.azeRejoined),
  c(1993, 'cis', 'BLR', 'member', '1993-12-31', S.belovezha),
  c(1993, 'cis', 'EST', 'non-member', '1993-12-31', S.baltic),
  c(1993, 'cis', 'GEO', 'member', '1993-12-31', S.geoJoined),
  c(1993, 'cis', 'KAZ', 'member', '1993-12-31', S.almaAta),
  c(1993, 'cis', 'KGZ', 'member', '1993-12-31', S.almaAta),
  c(1993, 'cis', 'LTU', 'non-member', '1993-12-31', S.baltic),
  c(1993, 'cis', 'LVA', 'non-member', '1993-12-31', S.baltic),
  c(1993, 'cis', 'MDA', 'member', '1993-12-31', S.mdaBefore1994),
  c(1993, 'cis', 'RUS', 'member', '1993-12-31', S.belovezha),
  c(1993, 'cis', 'TJK', 'member', '1993-12-31', S.almaAta),
  c(1993, 'cis', 'TKM', 'member', '1993-12-31', S.almaAta),
  c(1993, 'cis', 'UKR', 'member', '1993-12-31', S.belovezha),
  c(1993, 'cis', 'UZB', 'member', '1993-12-31', S.almaAta),
  // 1994: the Charter in force; Ukraine and Turkmenistan never ratify it
  c(1994, 'cis', 'ARM', 'member', '1994-12-31', S.cisCharter),
  c(1994, 'cis', 'AZE', 'member', '1994-12-31', S.cisCharter),
  c(1994, 'cis', 'BLR', 'member', '1994-12-31', S.cisCharter),
  c(1994, 'cis', 'EST', 'non-member', '1994-12-31', S.baltic),
  c(1994, 'cis', 'GEO', 'member', '1994-12-31', S.geoMember),
  c(1994, 'cis', 'KAZ', 'member', '1994-12-31', S.cisCharter),
  c(1994, 'cis', 'KGZ', 'member', '1994-12-31', S.cisCharter),
  c(1994, 'cis', 'LTU', 'non-member', '1994-12-31', S.baltic),
  c(1994, 'cis', 'LVA', 'non-member', '1994-12-31', S.baltic),
  c(1994, 'cis', 'MDA', 'member', '1994-12-31', S.mdaMember),
  c(1994, 'cis', 'RUS', 'member', '1994-12-31', S.cisCharter),
  c(1994, 'cis', 'TJK', 'member', '1994-12-31', S.cisCharter),
  c(1994, 'cis', 'TKM', 'participating', '1994-12-31', S.tkmParticipating),
  c(1994, 'cis', 'UKR', 'participating', '1994-12-31', S.ukrParticipating),
  c(1994, 'cis', 'UZB', 'member', '1994-12-31', S.cisCharter),
  // 1999
  c(1999, 'cis', 'ARM', 'member', '1999-12-31', S.cisCharter),
  c(1999, 'cis', 'AZE', 'member', '1999-12-31', S.cisCharter),
  c(1999, 'cis', 'BLR', 'member', '1999-12-31', S.cisCharter),
  c(1999, 'cis', 'EST', 'non-member', '1999-12-31', S.baltic),
  c(1999, 'cis', 'GEO', 'member', '1999-12-31', S.geoMember),
  c(1999, 'cis', 'KAZ', 'member', '1999-12-31', S.cisCharter),
  c(1999, 'cis', 'KGZ', 'member', '1999-12-31', S.cisCharter),
  c(1999, 'cis', 'LTU', 'non-member', '1999-12-31', S.baltic),
  c(1999, 'cis', 'LVA', 'non-member', '1999-12-31', S.baltic),
  c(1999, 'cis', 'MDA', 'member', '1999-12-31', S.mdaMember),
  c(1999, 'cis', 'RUS', 'member', '1999-12-31', S.cisCharter),
  c(1999, 'cis', 'TJK', 'member', '1999-12-31', S.cisCharter),
  c(1999, 'cis', 'TKM', 'participating', '1999-12-31', S.tkmParticipating),
  c(1999, 'cis', 'UKR', 'participating', '1999-12-31', S.ukrParticipating),
  c(1999, 'cis', 'UZB', 'member', '1999-12-31', S.cisCharter),
  // Turkmenistan becomes an associate (Kazan, 26 August 2005)
  c(2004, 'cis', 'TKM', 'participating', '2004-12-31', S.tkmParticipating),
  c(2005, 'cis', 'TKM', 'associate', '2005-12-31', S.tkmAssociate),
  // 2008: Georgia announces its withdrawal
  c(2008, 'cis', 'ARM', 'member', '2008-12-31', S.cisCharter),
  c(2008, 'cis', 'AZE', 'member', '2008-12-31', S.cisCharter),
  c(2008, 'cis', 'BLR', 'member', '2008-12-31', S.cisCharter),
  c(2008, 'cis', 'EST', 'non-member', '2008-12-31', S.baltic),
  c(2008, 'cis', 'GEO', 'withdrawing', '2008-12-31', S.geoWithdrawing),
  c(2008, 'cis', 'KAZ', 'member', '2008-12-31', S.cisCharter),
  c(2008, 'cis', 'KGZ', 'member', '2008-12-31', S.cisCharter),
  c(2008, 'cis', 'LTU', 'non-member', '2008-12-31', S.baltic),
  c(2008, 'cis', 'LVA', 'non-member', '2008-12-31', S.baltic),
  c(2008, 'cis', 'MDA', 'member', '2008-12-31', S.mdaMember),
  c(2008, 'cis', 'RUS', 'member', '2008-12-31', S.cisCharter),
  c(2008, 'cis', 'TJK', 'member', '2008-12-31', S.cisCharter),
  c(2008, 'cis', 'TKM', 'associate', '2008-12-31', S.tkmAssociate),
  c(2008, 'cis', 'UKR', 'participating', '2008-12-31', S.ukrParticipating),
  c(2008, 'cis', 'UZB', 'member', '2008-12-31', S.cisCharter),
  // 2009: Georgia's withdrawal takes effect
  c(2009, 'cis', 'GEO', 'non-member', '2009-12-31', S.geoOut),
  c(2009, 'cis', 'KAZ', 'member', '2009-12-31', S.cisCharter),
  c(2009, 'cis', 'UKR', 'participating', '2009-12-31', S.ukrParticipating),
  // Ukraine: participating until the decree of 19 May 2018
  c(2014, 'cis', 'UKR', 'participating', '2014-12-31', S.ukrParticipating),
  c(2017, 'cis', 'UKR', 'participating', '2017-12-31', S.ukrParticipating),
  c(2018, 'cis', 'UKR', 'non-member', '2018-12-31', S.ukrOut),
  // 2015
  c(2015, 'cis', 'ARM', 'member', '2015-12-31', S.cisCharter),
  c(2015, 'cis', 'AZE', 'member', '2015-12-31', S.cisCharter),
  c(2015, 'cis', 'BLR', 'member', '2015-12-31', S.cisCharter),
  c(2015, 'cis', 'EST', 'non-member', '2015-12-31', S.baltic),
  c(2015, 'cis', 'GEO', 'non-member', '2015-12-31', S.geoOut),
  c(2015, 'cis', 'KAZ', 'member', '2015-12-31', S.cisCharter),
  c(2015, 'cis', 'KGZ', 'member', '2015-12-31', S.cisCharter),
  c(2015, 'cis', 'LTU', 'non-member', '2015-12-31', S.baltic),
  c(2015, 'cis', 'LVA', 'non-member', '2015-12-31', S.baltic),
  c(2015, 'cis', 'MDA', 'member', '2015-12-31', S.mdaMember),
  c(2015, 'cis', 'RUS', 'member', '2015-12-31', S.cisCharter),
  c(2015, 'cis', 'TJK', 'member', '2015-12-31', S.cisCharter),
  c(2015, 'cis', 'TKM', 'associate', '2015-12-31', S.tkmAssociate),
  c(2015, 'cis', 'UKR', 'participating', '2015-12-31', S.ukrParticipating),
  c(2015, 'cis', 'UZB', 'member', '2015-12-31', S.cisCharter),
  // 2025: Moldova still a member (it began its denunciation only in 2026)
  c(2025, 'cis', 'ARM', 'member', '2025-12-31', S.cisCharter),
  c(2025, 'cis', 'AZE', 'member', '2025-12-31', S.cisCharter),
  c(2025, 'cis', 'BLR', 'member', '2025-12-31', S.cisCharter),
  c(2025, 'cis', 'EST', 'non-member', '2025-12-31', S.baltic),
  c(2025, 'cis', 'GEO', 'non-member', '2025-12-31', S.geoOut),
  c(2025, 'cis', 'KAZ', 'member', '2025-12-31', S.cisCharter),
  c(2025, 'cis', 'KGZ', 'member', '2025-12-31', S.cisCharter),
  c(2025, 'cis', 'LTU', 'non-member', '2025-12-31', S.baltic),
  c(2025, 'cis', 'LVA', 'non-member', '2025-12-31', S.baltic),
  c(2025, 'cis', 'MDA', 'member', '2025-12-31', S.mdaMember),
  c(2025, 'cis', 'RUS', 'member', '2025-12-31', S.cisCharter),
  c(2025, 'cis', 'TJK', 'member', '2025-12-31', S.cisCharter),
  c(2025, 'cis', 'TKM', 'associate', '2025-12-31', S.tkmAssociate),
  c(2025, 'cis', 'UKR', 'non-member', '2025-12-31', S.ukrOut),
  c(2025, 'cis', 'UZB', 'member', '2025-12-31', S.cisCharter),
  // 2026 (checked for 24 November 2026): a CIS withdrawal takes twelve months, so none of these
  // can change before the end of the year.
  c(2026, 'cis', 'ARM', 'member', '2026-11-24', S.cisCharter, ALL_2026),
  c(2026, 'cis', 'AZE', 'member', '2026-11-24', S.cisCharter, ALL_2026),
  c(2026, 'cis', 'BLR', 'member', '2026-11-24', S.cisCharter, ALL_2026),
  c(2026, 'cis', 'EST', 'non-member', '2026-11-24', S.baltic, ALL_2026),
  c(2026, 'cis', 'GEO', 'non-member', '2026-11-24', S.geoOut, ALL_2026),
  c(2026, 'cis', 'KAZ', 'member', '2026-11-24', S.cisCharter, ALL_2026),
  c(2026, 'cis', 'KGZ', 'member', '2026-11-24', S.cisCharter, ALL_2026),
  c(2026, 'cis', 'LTU', 'non-member', '2026-11-24', S.baltic, ALL_2026),
  c(2026, 'cis', 'LVA', 'non-member', '2026-11-24', S.baltic, ALL_2026),
  c(2026, 'cis', 'MDA', 'withdrawing', '2026-11-24', S.mdaWithdrawing, {
    from: '2026-03-11',
    to: '2026-12-31',
  }),
  c(2026, 'cis', 'RUS', 'member', '2026-11-24', S.cisCharter, ALL_2026),
  c(2026, 'cis', 'TJK', 'member', '2026-11-24', S.cisCharter, ALL_2026),
  c(2026, 'cis', 'TKM', 'associate', '2026-11-24', S.tkmAssociate, ALL_2026),
  c(2026, 'cis', 'UKR', 'non-member', '2026-11-24', S.ukrOut, ALL_2026),
  c(2026, 'cis', 'UZB', 'member', '2026-11-24', S.cisCharter, ALL_2026),

  // ——— CSTO (Collective Security Treaty until 18 September 2003) ——————————————————————
  // 1991: no treaty yet
  c(1991, 'csto', 'ARM', 'non-member', '1991-12-31', S.cstNotYet),
  c(1991, 'csto', 'AZE', 'non-member', '1991-12-31', S.cstNotYet),
  c(1991, 'csto', 'BLR', 'non-member', '1991-12-31', S.cstNotYet),
  c(1991, 'csto', 'EST', 'non-member', '1991-12-31', S.baltic),
  c(1991, 'csto', 'GEO', 'non-member', '1991-12-31', S.cstNotYet),
  c(1991, 'csto', 'KAZ', 'non-member', '1991-12-31', S.cstNotYet),
  c(1991, 'csto', 'KGZ', 'non-member', '1991-12-31', S.cstNotYet),
  c(1991, 'csto', 'LTU', 'non-member', '1991-12-31', S.baltic),
  c(1991, 'csto', 'LVA', 'non-member', '1991-12-31', S.baltic),
  c(1991, 'csto', 'MDA', 'non-member', '1991-12-31', S.cstNotYet),
  c(1991, 'csto', 'RUS', 'non-member', '1991-12-31', S.cstNotYet),
  c(1991, 'csto', 'TJK', 'non-member', '1991-12-31', S.cstNotYet),
  c(1991, 'csto', 'TKM', 'non-member', '1991-12-31', S.cstNotYet),
  c(1991, 'csto', 'UKR', 'non-member', '1991-12-31', S.cstNotYet),
  c(1991, 'csto', 'UZB', 'non-member', '1991-12-31', S.cstNotYet),
  // 1992: the six signatories of Tashkent
  c(1992, 'csto', 'ARM', 'member', '1992-12-31', S.cstSigned),
  c(1992, 'csto', 'AZE', 'non-member', '1992-12-31', S.cstNotSigned1992),
  c(1992, 'csto', 'BLR', 'non-member', '1992-12-31', S.cstNotSigned1992),
  c(1992, 'csto', 'GEO', 'non-member', '1992-12-31', S.cstNotSigned1992),
  c(1992, 'csto', 'KAZ', 'member', '1992-12-31', S.cstSigned),
  c(1992, 'csto', 'KGZ', 'member', '1992-12-31', S.cstSigned),
  c(1992, 'csto', 'RUS', 'member', '1992-12-31', S.cstSigned),
  c(1992, 'csto', 'TJK', 'member', '1992-12-31', S.cstSigned),
  c(1992, 'csto', 'UKR', 'non-member', '1992-12-31', S.cstNever),
  c(1992, 'csto', 'UZB', 'member', '1992-12-31', S.cstSigned),
  // 1993: Azerbaijan, Georgia and Belarus accede
  c(1993, 'csto', 'ARM', 'member', '1993-12-31', S.cstSigned),
  c(1993, 'csto', 'AZE', 'member', '1993-12-31', S.aze93),
  c(1993, 'csto', 'BLR', 'member', '1993-12-31', S.blr93),
  c(1993, 'csto', 'EST', 'non-member', '1993-12-31', S.baltic),
  c(1993, 'csto', 'GEO', 'member', '1993-12-31', S.geo93),
  c(1993, 'csto', 'KAZ', 'member', '1993-12-31', S.cstSigned),
  c(1993, 'csto', 'KGZ', 'member', '1993-12-31', S.cstSigned),
  c(1993, 'csto', 'LTU', 'non-member', '1993-12-31', S.baltic),
  c(1993, 'csto', 'LVA', 'non-member', '1993-12-31', S.baltic),
  c(1993, 'csto', 'MDA', 'non-member', '1993-12-31', S.cstNever),
  c(1993, 'csto', 'RUS', 'member', '1993-12-31', S.cstSigned),
  c(1993, 'csto', 'TJK', 'member', '1993-12-31', S.cstSigned),
  c(1993, 'csto', 'TKM', 'non-member', '1993-12-31', S.cstNever),
  c(1993, 'csto', 'UKR', 'non-member', '1993-12-31', S.cstNever),
  c(1993, 'csto', 'UZB', 'member', '1993-12-31', S.cstSigned),
  // 1995: nine parties
  c(1995, 'csto', 'ARM', 'member', '1995-12-31', S.cstParty9x),
  c(1995, 'csto', 'AZE', 'member', '1995-12-31', S.cstParty9x),
  c(1995, 'csto', 'BLR', 'member', '1995-12-31', S.cstParty9x),
  c(1995, 'csto', 'EST', 'non-member', '1995-12-31', S.baltic),
  c(1995, 'csto', 'GEO', 'member', '1995-12-31', S.cstParty9x),
  c(1995, 'csto', 'KAZ', 'member', '1995-12-31', S.cstParty9x),
  c(1995, 'csto', 'KGZ', 'member', '1995-12-31', S.cstParty9x),
  c(1995, 'csto', 'LTU', 'non-member', '1995-12-31', S.baltic),
  c(1995, 'csto', 'LVA', 'non-member', '1995-12-31', S.baltic),
  c(1995, 'csto', 'MDA', 'non-member', '1995-12-31', S.cstNever),
  c(1995, 'csto', 'RUS', 'member', '1995-12-31', S.cstParty9x),
  c(1995, 'csto', 'TJK', 'member', '1995-12-31', S.cstParty9x),
  c(1995, 'csto', 'TKM', 'non-member', '1995-12-31', S.cstNever),
  c(1995, 'csto', 'UKR', 'non-member', '1995-12-31', S.cstNever),
  c(1995, 'csto', 'UZB', 'member', '1995-12-31', S.cstParty9x),
  // 1998: the last full year of the three who left
  c(1998, 'csto', 'AZE', 'member', '1998-12-31', S.cstParty9x),
  c(1998, 'csto', 'GEO', 'member', '1998-12-31', S.cstParty9x),
  c(1998, 'csto', 'UZB', 'member', '1998-12-31', S.cstParty9x),
  // 1999: Azerbaijan, Georgia and Uzbekistan do not prolong the treaty
  c(1999, 'csto', 'ARM', 'member', '1999-12-31', S.cstProlonged),
  c(1999, 'csto', 'AZE', 'non-member', '1999-12-31', S.cstLeft1999),
  c(1999, 'csto', 'BLR', 'member', '1999-12-31', S.cstProlonged),
  c(1999, 'csto', 'EST', 'non-member', '1999-12-31', S.baltic),
  c(1999, 'csto', 'GEO', 'non-member', '1999-12-31', S.cstLeft1999),
  c(1999, 'csto', 'KAZ', 'member', '1999-12-31', S.cstProlonged),
  c(1999, 'csto', 'KGZ', 'member', '1999-12-31', S.cstProlonged),
  c(1999, 'csto', 'LTU', 'non-member', '1999-12-31', S.baltic),
  c(1999, 'csto', 'LVA', 'non-member', '1999-12-31', S.baltic),
  c(1999, 'csto', 'MDA', 'non-member', '1999-12-31', S.cstNever),
  c(1999, 'csto', 'RUS', 'member', '1999-12-31', S.cstProlonged),
  c(1999, 'csto', 'TJK', 'member', '1999-12-31', S.cstProlonged),
  c(1999, 'csto', 'TKM', 'non-member', '1999-12-31', S.cstNever),
  c(1999, 'csto', 'UKR', 'non-member', '1999-12-31', S.cstNever),
  c(1999, 'csto', 'UZB', 'non-member', '1999-12-31', S.cstLeft1999),
  // 2003: the CSTO Charter in force
  c(2003, 'csto', 'ARM', 'member', '2003-12-31', S.cstoMember),
  c(2003, 'csto', 'BLR', 'member', '2003-12-31', S.cstoMember),
  c(2003, 'csto', 'KAZ', 'member', '2003-12-31', S.cstoMember),
  c(2003, 'csto', 'KGZ', 'member', '2003-12-31', S.cstoMember),
  c(2003, 'csto', 'RUS', 'member', '2003-12-31', S.cstoMember),
  c(2003, 'csto', 'TJK', 'member', '2003-12-31', S.cstoMember),
  c(2003, 'csto', 'UZB', 'non-member', '2003-12-31', S.uzbOut1999to2006),
  // Uzbekistan: back in 2006, out in 2012
  c(2005, 'csto', 'UZB', 'non-member', '2005-12-31', S.uzbOut1999to2006),
  c(2006, 'csto', 'UZB', 'member', '2006-12-31', S.uzbBack2006),
  c(2011, 'csto', 'UZB', 'member', '2011-12-31', S.uzbBack2006),
  c(2012, 'csto', 'UZB', 'non-member', '2012-12-31', S.uzbOut2012),
  c(2013, 'csto', 'UZB', 'non-member', '2013-12-31', S.uzbOut2012),
  c(2014, 'csto', 'UZB', 'non-member', '2014-12-31', S.uzbOut2012),
  c(2016, 'csto', 'UZB', 'non-member', '2016-12-31', S.uzbOut2012),
  // 2008
  c(2008, 'csto', 'ARM', 'member', '2008-12-31', S.cstoMember),
  c(2008, 'csto', 'AZE', 'non-member', '2008-12-31', S.cstLeft1999),
  c(2008, 'csto', 'BLR', 'member', '2008-12-31', S.cstoMember),
  c(2008, 'csto', 'EST', 'non-member', '2008-12-31', S.baltic),
  c(2008, 'csto', 'GEO', 'non-member', '2008-12-31', S.cstLeft1999),
  c(2008, 'csto', 'KAZ', 'member', '2008-12-31', S.cstoMember),
  c(2008, 'csto', 'KGZ', 'member', '2008-12-31', S.cstoMember),
  c(2008, 'csto', 'LTU', 'non-member', '2008-12-31', S.baltic),
  c(2008, 'csto', 'LVA', 'non-member', '2008-12-31', S.baltic),
  c(2008, 'csto', 'MDA', 'non-member', '2008-12-31', S.cstNever),
  c(2008, 'csto', 'RUS', 'member', '2008-12-31', S.cstoMember),
  c(2008, 'csto', 'TJK', 'member', '2008-12-31', S.cstoMember),
  c(2008, 'csto', 'TKM', 'non-member', '2008-12-31', S.cstNever),
  c(2008, 'csto', 'UKR', 'non-member', '2008-12-31', S.cstNever),
  c(2008, 'csto', 'UZB', 'member', '2008-12-31', S.uzbBack2006),
  // 2015
  c(2015, 'csto', 'ARM', 'member', '2015-12-31', S.cstoMember),
  c(2015, 'csto', 'AZE', 'non-member', '2015-12-31', S.cstLeft1999),
  c(2015, 'csto', 'BLR', 'member', '2015-12-31', S.cstoMember),
  c(2015, 'csto', 'EST', 'non-member', '2015-12-31', S.baltic),
  c(2015, 'csto', 'GEO', 'non-member', '2015-12-31', S.cstLeft1999),
  c(2015, 'csto', 'KAZ', 'member', '2015-12-31', S.cstoMember),
  c(2015, 'csto', 'KGZ', 'member', '2015-12-31', S.cstoMember),
  c(2015, 'csto', 'LTU', 'non-member', '2015-12-31', S.baltic),
  c(2015, 'csto', 'LVA', 'non-member', '2015-12-31', S.baltic),
  c(2015, 'csto', 'MDA', 'non-member', '2015-12-31', S.cstNever),
  c(2015, 'csto', 'RUS', 'member', '2015-12-31', S.cstoMember),
  c(2015, 'csto', 'TJK', 'member', '2015-12-31', S.cstoMember),
  c(2015, 'csto', 'TKM', 'non-member', '2015-12-31', S.cstNever),
  c(2015, 'csto', 'UKR', 'non-member', '2015-12-31', S.cstNever),
  c(2015, 'csto', 'UZB', 'non-member', '2015-12-31', S.uzbOut2012),
  // Armenia freezes its participation (22 February 2024)
  c(2023, 'csto', 'ARM', 'member', '2023-12-31', S.cstoMember),
  c(2024, 'csto', 'ARM', 'suspended', '2024-12-31', S.armFrozen),
  // 2025
  c(2025, 'csto', 'ARM', 'suspended', '2025-12-31', S.armFrozen),
  c(2025, 'csto', 'AZE', 'non-member', '2025-12-31', S.cstLeft1999),
  c(2025, 'csto', 'BLR', 'member', '2025-12-31', S.cstoMember),
  c(2025, 'csto', 'EST', 'non-member', '2025-12-31', S.baltic),
  c(2025, 'csto', 'GEO', 'non-member', '2025-12-31', S.cstLeft1999),
  c(2025, 'csto', 'KAZ', 'member', '2025-12-31', S.cstoMember),
  c(2025, 'csto', 'KGZ', 'member', '2025-12-31', S.cstoMember),
  c(2025, 'csto', 'LTU', 'non-member', '2025-12-31', S.baltic),
  c(2025, 'csto', 'LVA', 'non-member', '2025-12-31', S.baltic),
  c(2025, 'csto', 'MDA', 'non-member', '2025-12-31', S.cstNever),
  c(2025, 'csto', 'RUS', 'member', '2025-12-31', S.cstoMember),
  c(2025, 'csto', 'TJK', 'member', '2025-12-31', S.cstoMember),
  c(2025, 'csto', 'TKM', 'non-member', '2025-12-31', S.cstNever),
  c(2025, 'csto', 'UKR', 'non-member', '2025-12-31', S.cstNever),
  c(2025, 'csto', 'UZB', 'non-member', '2025-12-31', S.uzbOut2012),
  // 2026: only states whose standing cannot turn within the year
  c(2026, 'csto', 'BLR', 'member', '2026-11-24', S.cstoMember, ALL_2026),
  c(2026, 'csto', 'KAZ', 'member', '2026-11-24', S.cstoMember, ALL_2026),
  c(2026, 'csto', 'UZB', 'non-member', '2026-11-24', S.uzbOut2012, ALL_2026),
  c(2026, 'csto', 'GEO', 'non-member', '2026-11-24', S.cstLeft1999, ALL_2026),

  // ——— EAEU (Customs Union 1995, EurAsEC 2001–2014, EAEU from 2015) ———————————————————
  // 1991 and 1993: nothing yet
  c(1991, 'eaeu', 'ARM', 'non-member', '1991-12-31', S.cuNotYet),
  c(1991, 'eaeu', 'AZE', 'non-member', '1991-12-31', S.cuNotYet),
  c(1991, 'eaeu', 'BLR', 'non-member', '1991-12-31', S.cuNotYet),
  c(1991, 'eaeu', 'EST', 'non-member', '1991-12-31', S.baltic),
  c(1991, 'eaeu', 'GEO', 'non-member', '1991-12-31', S.cuNotYet),
  c(1991, 'eaeu', 'KAZ', 'non-member', '1991-12-31', S.cuNotYet),
  c(1991, 'eaeu', 'KGZ', 'non-member', '1991-12-31', S.cuNotYet),
  c(1991, 'eaeu', 'LTU', 'non-member', '1991-12-31', S.baltic),
  c(1991, 'eaeu', 'LVA', 'non-member', '1991-12-31', S.baltic),
  c(1991, 'eaeu', 'MDA', 'non-member', '1991-12-31', S.cuNotYet),
  c(1991, 'eaeu', 'RUS', 'non-member', '1991-12-31', S.cuNotYet),
  c(1991, 'eaeu', 'TJK', 'non-member', '1991-12-31', S.cuNotYet),
  c(1991, 'eaeu', 'TKM', 'non-member', '1991-12-31', S.cuNotYet),
  c(1991, 'eaeu', 'UKR', 'non-member', '1991-12-31', S.cuNotYet),
  c(1991, 'eaeu', 'UZB', 'non-member', '1991-12-31', S.cuNotYet),
  c(1993, 'eaeu', 'ARM', 'non-member', '1993-12-31', S.cuNotYet),
  c(1993, 'eaeu', 'AZE', 'non-member', '1993-12-31', S.cuNotYet),
  c(1993, 'eaeu', 'BLR', 'non-member', '1993-12-31', S.cuNotYet),
  c(1993, 'eaeu', 'EST', 'non-member', '1993-12-31', S.baltic),
  c(1993, 'eaeu', 'GEO', 'non-member', '1993-12-31', S.cuNotYet),
  c(1993, 'eaeu', 'KAZ', 'non-member', '1993-12-31', S.cuNotYet),
  c(1993, 'eaeu', 'KGZ', 'non-member', '1993-12-31', S.cuNotYet),
  c(1993, 'eaeu', 'LTU', 'non-member', '1993-12-31', S.baltic),
  c(1993, 'eaeu', 'LVA', 'non-member', '1993-12-31', S.baltic),
  c(1993, 'eaeu', 'MDA', 'non-member', '1993-12-31', S.cuNotYet),
  c(1993, 'eaeu', 'RUS', 'non-member', '1993-12-31', S.cuNotYet),
  c(1993, 'eaeu', 'TJK', 'non-member', '1993-12-31', S.cuNotYet),
  c(1993, 'eaeu', 'TKM', 'non-member', '1993-12-31', S.cuNotYet),
  c(1993, 'eaeu', 'UKR', 'non-member', '1993-12-31', S.cuNotYet),
  c(1993, 'eaeu', 'UZB', 'non-member', '1993-12-31', S.cuNotYet),
  c(1994, 'eaeu', 'RUS', 'non-member', '1994-12-31', S.cuNotYet),
  // The Customs Union: 1995, Kyrgyzstan 1996, Tajikistan 1999
  c(1995, 'eaeu', 'BLR', 'member', '1995-12-31', S.cu1995),
  c(1995, 'eaeu', 'KAZ', 'member', '1995-12-31', S.cu1995),
  c(1995, 'eaeu', 'RUS', 'member', '1995-12-31', S.cu1995),
  c(1995, 'eaeu', 'KGZ', 'non-member', '1995-12-31', S.kgzNot1995),
  c(1995, 'eaeu', 'TJK', 'non-member', '1995-12-31', S.tjkNotYet),
  c(1996, 'eaeu', 'KGZ', 'member', '1996-12-31', S.kgz1996),
  c(1998, 'eaeu', 'TJK', 'non-member', '1998-12-31', S.tjkNotYet),
  // 1999
  c(1999, 'eaeu', 'ARM', 'non-member', '1999-12-31', S.notEaeuMember),
  c(1999, 'eaeu', 'AZE', 'non-member', '1999-12-31', S.notEaeuMember),
  c(1999, 'eaeu', 'BLR', 'member', '1999-12-31', S.cu1995),
  c(1999, 'eaeu', 'EST', 'non-member', '1999-12-31', S.baltic),
  c(1999, 'eaeu', 'GEO', 'non-member', '1999-12-31', S.notEaeuMember),
  c(1999, 'eaeu', 'KAZ', 'member', '1999-12-31', S.cu1995),
  c(1999, 'eaeu', 'KGZ', 'member', '1999-12-31', S.kgz1996),
  c(1999, 'eaeu', 'LTU', 'non-member', '1999-12-31', S.baltic),
  c(1999, 'eaeu', 'LVA', 'non-member', '1999-12-31', S.baltic),
  c(1999, 'eaeu', 'MDA', 'non-member', '1999-12-31', S.observerFrom2002),
  c(1999, 'eaeu', 'RUS', 'member', '1999-12-31', S.cu1995),
  c(1999, 'eaeu', 'TJK', 'member', '1999-12-31', S.tjk1999),
  c(1999, 'eaeu', 'TKM', 'non-member', '1999-12-31', S.notEaeuMember),
  c(1999, 'eaeu', 'UKR', 'non-member', '1999-12-31', S.observerFrom2002),
  c(1999, 'eaeu', 'UZB', 'non-member', '1999-12-31', S.uzbNotEurasec),
  // EurAsEC from 30 May 2001; observers from 2002 and 2003
  c(2001, 'eaeu', 'BLR', 'member', '2001-12-31', S.eurasec),
  c(2001, 'eaeu', 'KAZ', 'member', '2001-12-31', S.eurasec),
  c(2001, 'eaeu', 'KGZ', 'member', '2001-12-31', S.eurasec),
  c(2001, 'eaeu', 'RUS', 'member', '2001-12-31', S.eurasec),
  c(2001, 'eaeu', 'TJK', 'member', '2001-12-31', S.eurasec),
  c(2002, 'eaeu', 'MDA', 'observer', '2002-12-31', S.obsEurasec),
  c(2002, 'eaeu', 'UKR', 'observer', '2002-12-31', S.obsEurasec),
  c(2003, 'eaeu', 'ARM', 'observer', '2003-12-31', S.obsEurasec),
  // Uzbekistan in EurAsEC: joined January 2006, suspended October 2008
  c(2005, 'eaeu', 'UZB', 'non-member', '2005-12-31', S.uzbNotEurasec),
  c(2006, 'eaeu', 'UZB', 'member', '2006-12-31', S.uzbEurasec),
  c(2007, 'eaeu', 'UZB', 'member', '2007-12-31', S.uzbEurasec),
  c(2010, 'eaeu', 'UZB', 'suspended', '2010-12-31', S.uzbEurasecSuspended),
  // 2008
  c(2008, 'eaeu', 'ARM', 'observer', '2008-12-31', S.obsEurasec),
  c(2008, 'eaeu', 'AZE', 'non-member', '2008-12-31', S.notEaeuMember),
  c(2008, 'eaeu', 'BLR', 'member', '2008-12-31', S.eurasec),
  c(2008, 'eaeu', 'EST', 'non-member', '2008-12-31', S.baltic),
  c(2008, 'eaeu', 'GEO', 'non-member', '2008-12-31', S.notEaeuMember),
  c(2008, 'eaeu', 'KAZ', 'member', '2008-12-31', S.eurasec),
  c(2008, 'eaeu', 'KGZ', 'member', '2008-12-31', S.eurasec),
  c(2008, 'eaeu', 'LTU', 'non-member', '2008-12-31', S.baltic),
  c(2008, 'eaeu', 'LVA', 'non-member', '2008-12-31', S.baltic),
  c(2008, 'eaeu', 'MDA', 'observer', '2008-12-31', S.obsEurasec),
  c(2008, 'eaeu', 'RUS', 'member', '2008-12-31', S.eurasec),
  c(2008, 'eaeu', 'TJK', 'member', '2008-12-31', S.eurasec),
  c(2008, 'eaeu', 'TKM', 'non-member', '2008-12-31', S.notEaeuMember),
  c(2008, 'eaeu', 'UKR', 'observer', '2008-12-31', S.obsEurasec),
  c(2008, 'eaeu', 'UZB', 'suspended', '2008-12-31', S.uzbEurasecSuspended),
  // 2014: the last year of EurAsEC
  c(2014, 'eaeu', 'ARM', 'observer', '2014-12-31', S.obsEurasec),
  c(2014, 'eaeu', 'BLR', 'member', '2014-12-31', S.eurasec),
  c(2014, 'eaeu', 'KAZ', 'member', '2014-12-31', S.eurasec),
  c(2014, 'eaeu', 'KGZ', 'member', '2014-12-31', S.eurasec),
  c(2014, 'eaeu', 'MDA', 'observer', '2014-12-31', S.obsEurasec),
  c(2014, 'eaeu', 'RUS', 'member', '2014-12-31', S.eurasec),
  c(2014, 'eaeu', 'TJK', 'member', '2014-12-31', S.eurasec),
  c(2014, 'eaeu', 'UKR', 'observer', '2014-12-31', S.obsEurasec),
  c(2014, 'eaeu', 'UZB', 'suspended', '2014-12-31', S.uzbEurasecSuspended),
  // 2015: the Eurasian Economic Union
  c(2015, 'eaeu', 'ARM', 'member', '2015-12-31', S.arm2015),
  c(2015, 'eaeu', 'AZE', 'non-member', '2015-12-31', S.notEaeuMember),
  c(2015, 'eaeu', 'BLR', 'member', '2015-12-31', S.eaeu2015),
  c(2015, 'eaeu', 'EST', 'non-member', '2015-12-31', S.baltic),
  c(2015, 'eaeu', 'GEO', 'non-member', '2015-12-31', S.notEaeuMember),
  c(2015, 'eaeu', 'KAZ', 'member', '2015-12-31', S.eaeu2015),
  c(2015, 'eaeu', 'KGZ', 'member', '2015-12-31', S.kgz2015),
  c(2015, 'eaeu', 'LTU', 'non-member', '2015-12-31', S.baltic),
  c(2015, 'eaeu', 'LVA', 'non-member', '2015-12-31', S.baltic),
  c(2015, 'eaeu', 'MDA', 'non-member', '2015-12-31', S.eurasecEnded),
  c(2015, 'eaeu', 'RUS', 'member', '2015-12-31', S.eaeu2015),
  c(2015, 'eaeu', 'TJK', 'non-member', '2015-12-31', S.tjkNotEaeu),
  c(2015, 'eaeu', 'TKM', 'non-member', '2015-12-31', S.notEaeuMember),
  c(2015, 'eaeu', 'UKR', 'non-member', '2015-12-31', S.eurasecEnded),
  c(2015, 'eaeu', 'UZB', 'non-member', '2015-12-31', S.uzbNotEaeu),
  // Observers of the EAEU: Moldova 2018, Uzbekistan 2020
  c(2017, 'eaeu', 'MDA', 'non-member', '2017-12-31', S.eurasecEnded),
  c(2018, 'eaeu', 'MDA', 'observer', '2018-12-31', S.mdaObserver),
  c(2019, 'eaeu', 'MDA', 'observer', '2019-12-31', S.mdaObserver),
  c(2019, 'eaeu', 'UZB', 'non-member', '2019-12-31', S.uzbNotEaeu),
  c(2020, 'eaeu', 'UZB', 'observer', '2020-12-31', S.uzbObserver),
  c(2021, 'eaeu', 'UZB', 'observer', '2021-12-31', S.uzbObserver),
  // 2025 (Moldova left out: whether its observer status still stands is disputed)
  c(2025, 'eaeu', 'ARM', 'member', '2025-12-31', S.arm2015),
  c(2025, 'eaeu', 'AZE', 'non-member', '2025-12-31', S.notEaeuMember),
  c(2025, 'eaeu', 'BLR', 'member', '2025-12-31', S.eaeu2015),
  c(2025, 'eaeu', 'EST', 'non-member', '2025-12-31', S.baltic),
  c(2025, 'eaeu', 'GEO', 'non-member', '2025-12-31', S.notEaeuMember),
  c(2025, 'eaeu', 'KAZ', 'member', '2025-12-31', S.eaeu2015),
  c(2025, 'eaeu', 'KGZ', 'member', '2025-12-31', S.kgz2015),
  c(2025, 'eaeu', 'LTU', 'non-member', '2025-12-31', S.baltic),
  c(2025, 'eaeu', 'LVA', 'non-member', '2025-12-31', S.baltic),
  c(2025, 'eaeu', 'RUS', 'member', '2025-12-31', S.eaeu2015),
  c(2025, 'eaeu', 'TJK', 'non-member', '2025-12-31', S.tjkNotEaeu),
  c(2025, 'eaeu', 'TKM', 'non-member', '2025-12-31', S.notEaeuMember),
  c(2025, 'eaeu', 'UKR', 'non-member', '2025-12-31', S.eurasecEnded),
  c(2025, 'eaeu', 'UZB', 'observer', '2025-12-31', S.uzbObserver),
  // 2026
  c(2026, 'eaeu', 'KAZ', 'member', '2026-11-24', S.eaeu2015, ALL_2026),
  c(2026, 'eaeu', 'RUS', 'member', '2026-11-24', S.eaeu2015, ALL_2026),
  c(2026, 'eaeu', 'TJK', 'non-member', '2026-11-24', S.tjkNotEaeu, ALL_2026),
  // ——— Union State of Russia and Belarus (Community 1996, Union 1997, Union State 2000) ———
  c(1995, 'union-state', 'BLR', 'non-member', '1995-12-31', S.usNotYet),
  c(1995, 'union-state', 'RUS', 'non-member', '1995-12-31', S.usNotYet),
  c(1996, 'union-state', 'BLR', 'member', '1996-12-31', S.usCommunity),
  c(1996, 'union-state', 'RUS', 'member', '1996-12-31', S.usCommunity),
  // 1999
  c(1999, 'union-state', 'ARM', 'non-member', '1999-12-31', S.usNever),
  c(1999, 'union-state', 'AZE', 'non-member', '1999-12-31', S.usNever),
  c(1999, 'union-state', 'BLR', 'member', '1999-12-31', S.usUnion),
  c(1999, 'union-state', 'EST', 'non-member', '1999-12-31', S.usNever),
  c(1999, 'union-state', 'GEO', 'non-member', '1999-12-31', S.usNever),
  c(1999, 'union-state', 'KAZ', 'non-member', '1999-12-31', S.usNever),
  c(1999, 'union-state', 'KGZ', 'non-member', '1999-12-31', S.usNever),
  c(1999, 'union-state', 'LTU', 'non-member', '1999-12-31', S.usNever),
  c(1999, 'union-state', 'LVA', 'non-member', '1999-12-31', S.usNever),
  c(1999, 'union-state', 'MDA', 'non-member', '1999-12-31', S.usNever),
  c(1999, 'union-state', 'RUS', 'member', '1999-12-31', S.usUnion),
  c(1999, 'union-state', 'TJK', 'non-member', '1999-12-31', S.usNever),
  c(1999, 'union-state', 'TKM', 'non-member', '1999-12-31', S.usNever),
  c(1999, 'union-state', 'UKR', 'non-member', '1999-12-31', S.usNever),
  c(1999, 'union-state', 'UZB', 'non-member', '1999-12-31', S.usNever),
  // 2008
  c(2008, 'union-state', 'ARM', 'non-member', '2008-12-31', S.usNever),
  c(2008, 'union-state', 'AZE', 'non-member', '2008-12-31', S.usNever),
  c(2008, 'union-state', 'BLR', 'member', '2008-12-31', S.usUnionState),
  c(2008, 'union-state', 'EST', 'non-member', '2008-12-31', S.usNever),
  c(2008, 'union-state', 'GEO', 'non-member', '2008-12-31', S.usNever),
  c(2008, 'union-state', 'KAZ', 'non-member', '2008-12-31', S.usNever),
  c(2008, 'union-state', 'KGZ', 'non-member', '2008-12-31', S.usNever),
  c(2008, 'union-state', 'LTU', 'non-member', '2008-12-31', S.usNever),
  c(2008, 'union-state', 'LVA', 'non-member', '2008-12-31', S.usNever),
  c(2008, 'union-state', 'MDA', 'non-member', '2008-12-31', S.usNever),
  c(2008, 'union-state', 'RUS', 'member', '2008-12-31', S.usUnionState),
  c(2008, 'union-state', 'TJK', 'non-member', '2008-12-31', S.usNever),
  c(2008, 'union-state', 'TKM', 'non-member', '2008-12-31', S.usNever),
  c(2008, 'union-state', 'UKR', 'non-member', '2008-12-31', S.usNever),
  c(2008, 'union-state', 'UZB', 'non-member', '2008-12-31', S.usNever),
  // 2015
  c(2015, 'union-state', 'ARM', 'non-member', '2015-12-31', S.usNever),
  c(2015, 'union-state', 'AZE', 'non-member', '2015-12-31', S.usNever),
  c(2015, 'union-state', 'BLR', 'member', '2015-12-31', S.usUnionState),
  c(2015, 'union-state', 'EST', 'non-member', '2015-12-31', S.usNever),
  c(2015, 'union-state', 'GEO', 'non-member', '2015-12-31', S.usNever),
  c(2015, 'union-state', 'KAZ', 'non-member', '2015-12-31', S.usNever),
  c(2015, 'union-state', 'KGZ', 'non-member', '2015-12-31', S.usNever),
  c(2015, 'union-state', 'LTU', 'non-member', '2015-12-31', S.usNever),
  c(2015, 'union-state', 'LVA', 'non-member', '2015-12-31', S.usNever),
  c(2015, 'union-state', 'MDA', 'non-member', '2015-12-31', S.usNever),
  c(2015, 'union-state', 'RUS', 'member', '2015-12-31', S.usUnionState),
  c(2015, 'union-state', 'TJK', 'non-member', '2015-12-31', S.usNever),
  c(2015, 'union-state', 'TKM', 'non-member', '2015-12-31', S.usNever),
  c(2015, 'union-state', 'UKR', 'non-member', '2015-12-31', S.usNever),
  c(2015, 'union-state', 'UZB', 'non-member', '2015-12-31', S.usNever),
  c(2025, 'union-state', 'BLR', 'member', '2025-12-31', S.usUnionState),
  c(2025, 'union-state', 'RUS', 'member', '2025-12-31', S.usUnionState),
  // ——— CIS joint air defence system (Almaty agreement, 10 February 1995) ——————————————
  // 1994: the joint system not yet agreed
  c(1994, 'jads', 'ARM', 'non-member', '1994-12-31', S.jadsNotYet),
  c(1994, 'jads', 'AZE', 'non-member', '1994-12-31', S.jadsNotYet),
  c(1994, 'jads', 'BLR', 'non-member', '1994-12-31', S.jadsNotYet),
  c(1994, 'jads', 'EST', 'non-member', '1994-12-31', S.jadsNotYet),
  c(1994, 'jads', 'GEO', 'non-member', '1994-12-31', S.jadsNotYet),
  c(1994, 'jads', 'KAZ', 'non-member', '1994-12-31', S.jadsNotYet),
  c(1994, 'jads', 'KGZ', 'non-member', '1994-12-31', S.jadsNotYet),
  c(1994, 'jads', 'LTU', 'non-member', '1994-12-31', S.jadsNotYet),
  c(1994, 'jads', 'LVA', 'non-member', '1994-12-31', S.jadsNotYet),
  c(1994, 'jads', 'MDA', 'non-member', '1994-12-31', S.jadsNotYet),
  c(1994, 'jads', 'RUS', 'non-member', '1994-12-31', S.jadsNotYet),
  c(1994, 'jads', 'TJK', 'non-member', '1994-12-31', S.jadsNotYet),
  c(1994, 'jads', 'TKM', 'non-member', '1994-12-31', S.jadsNotYet),
  c(1994, 'jads', 'UKR', 'non-member', '1994-12-31', S.jadsNotYet),
  c(1994, 'jads', 'UZB', 'non-member', '1994-12-31', S.jadsNotYet),
  // 1995: the ten signatories of Almaty
  c(1995, 'jads', 'ARM', 'member', '1995-12-31', S.jadsSigned),
  c(1995, 'jads', 'AZE', 'non-member', '1995-12-31', S.jadsNotSigned),
  c(1995, 'jads', 'BLR', 'member', '1995-12-31', S.jadsSigned),
  c(1995, 'jads', 'EST', 'non-member', '1995-12-31', S.jadsNotSigned),
  c(1995, 'jads', 'GEO', 'member', '1995-12-31', S.jadsSigned),
  c(1995, 'jads', 'KAZ', 'member', '1995-12-31', S.jadsSigned),
  c(1995, 'jads', 'KGZ', 'member', '1995-12-31', S.jadsSigned),
  c(1995, 'jads', 'LTU', 'non-member', '1995-12-31', S.jadsNotSigned),
  c(1995, 'jads', 'LVA', 'non-member', '1995-12-31', S.jadsNotSigned),
  c(1995, 'jads', 'MDA', 'non-member', '1995-12-31', S.jadsNotSigned),
  c(1995, 'jads', 'RUS', 'member', '1995-12-31', S.jadsSigned),
  c(1995, 'jads', 'TJK', 'member', '1995-12-31', S.jadsSigned),
  c(1995, 'jads', 'TKM', 'member', '1995-12-31', S.jadsSigned),
  c(1995, 'jads', 'UKR', 'member', '1995-12-31', S.jadsSigned),
  c(1995, 'jads', 'UZB', 'member', '1995-12-31', S.jadsSigned),
  // 1999
  c(1999, 'jads', 'ARM', 'member', '1999-12-31', S.jadsSigned),
  c(1999, 'jads', 'AZE', 'non-member', '1999-12-31', S.jadsNotSigned),
  c(1999, 'jads', 'BLR', 'member', '1999-12-31', S.jadsSigned),
  c(1999, 'jads', 'EST', 'non-member', '1999-12-31', S.jadsNotSigned),
  c(1999, 'jads', 'GEO', 'member', '1999-12-31', S.jadsSigned),
  c(1999, 'jads', 'KAZ', 'member', '1999-12-31', S.jadsSigned),
  c(1999, 'jads', 'KGZ', 'member', '1999-12-31', S.jadsSigned),
  c(1999, 'jads', 'LTU', 'non-member', '1999-12-31', S.jadsNotSigned),
  c(1999, 'jads', 'LVA', 'non-member', '1999-12-31', S.jadsNotSigned),
  c(1999, 'jads', 'MDA', 'non-member', '1999-12-31', S.jadsNotSigned),
  c(1999, 'jads', 'RUS', 'member', '1999-12-31', S.jadsSigned),
  c(1999, 'jads', 'TJK', 'member', '1999-12-31', S.jadsSigned),
  c(1999, 'jads', 'TKM', 'member', '1999-12-31', S.jadsSigned),
  c(1999, 'jads', 'UKR', 'member', '1999-12-31', S.jadsSigned),
  c(1999, 'jads', 'UZB', 'member', '1999-12-31', S.jadsUzbBefore2000),
  // 2008: Georgia gives notice (14 May 2008)
  c(2008, 'jads', 'ARM', 'member', '2008-12-31', S.jadsSigned),
  c(2008, 'jads', 'AZE', 'non-member', '2008-12-31', S.jadsNotSigned),
  c(2008, 'jads', 'BLR', 'member', '2008-12-31', S.jadsSigned),
  c(2008, 'jads', 'EST', 'non-member', '2008-12-31', S.jadsNotSigned),
  c(2008, 'jads', 'GEO', 'withdrawing', '2008-12-31', S.jadsGeoNote),
  c(2008, 'jads', 'KAZ', 'member', '2008-12-31', S.jadsSigned),
  c(2008, 'jads', 'KGZ', 'member', '2008-12-31', S.jadsSigned),
  c(2008, 'jads', 'LTU', 'non-member', '2008-12-31', S.jadsNotSigned),
  c(2008, 'jads', 'LVA', 'non-member', '2008-12-31', S.jadsNotSigned),
  c(2008, 'jads', 'MDA', 'non-member', '2008-12-31', S.jadsNotSigned),
  c(2008, 'jads', 'RUS', 'member', '2008-12-31', S.jadsSigned),
  c(2008, 'jads', 'TJK', 'member', '2008-12-31', S.jadsSigned),
  c(2008, 'jads', 'TKM', 'member', '2008-12-31', S.jadsSigned),
  c(2008, 'jads', 'UKR', 'member', '2008-12-31', S.jadsSigned),
  c(2008, 'jads', 'UZB', 'suspended', '2008-12-31', S.jadsUzbSuspended),
  // 2015: Georgia out since May 2009; Ukraine still a party until its decree of 25 February 2026
  c(2015, 'jads', 'ARM', 'member', '2015-12-31', S.jadsSigned),
  c(2015, 'jads', 'AZE', 'non-member', '2015-12-31', S.jadsNotSigned),
  c(2015, 'jads', 'BLR', 'member', '2015-12-31', S.jadsSigned),
  c(2015, 'jads', 'EST', 'non-member', '2015-12-31', S.jadsNotSigned),
  c(2015, 'jads', 'GEO', 'non-member', '2015-12-31', S.jadsGeoOut),
  c(2015, 'jads', 'KAZ', 'member', '2015-12-31', S.jadsSigned),
  c(2015, 'jads', 'KGZ', 'member', '2015-12-31', S.jadsSigned),
  c(2015, 'jads', 'LTU', 'non-member', '2015-12-31', S.jadsNotSigned),
  c(2015, 'jads', 'LVA', 'non-member', '2015-12-31', S.jadsNotSigned),
  c(2015, 'jads', 'MDA', 'non-member', '2015-12-31', S.jadsNotSigned),
  c(2015, 'jads', 'RUS', 'member', '2015-12-31', S.jadsSigned),
  c(2015, 'jads', 'TJK', 'member', '2015-12-31', S.jadsSigned),
  c(2015, 'jads', 'TKM', 'member', '2015-12-31', S.jadsSigned),
  c(2015, 'jads', 'UKR', 'suspended', '2015-12-31', S.jadsUkrSuspended),
  c(2015, 'jads', 'UZB', 'member', '2015-12-31', S.jadsUzbBack),
  c(2025, 'jads', 'UKR', 'suspended', '2025-12-31', S.jadsUkrSuspended),
  c(2025, 'jads', 'GEO', 'non-member', '2025-12-31', S.jadsGeoOut),
  c(1997, 'jads', 'UZB', 'member', '1997-12-31', S.jadsUzbBefore2000),
  c(2005, 'jads', 'UZB', 'suspended', '2005-12-31', S.jadsUzbSuspended),
  c(2016, 'jads', 'UZB', 'member', '2016-12-31', S.jadsUzbBack),
  c(2013, 'jads', 'UKR', 'member', '2013-12-31', S.jadsUkrMember2013),
  c(2017, 'jads', 'TKM', 'member', '2017-12-31', S.jadsTkmIntermittent),
  // ——— GUAM (forum 1997, GUUAM 1999–2006, ODED-GUAM from 2006) ——————————————————————
  c(1996, 'guam', 'GEO', 'non-member', '1996-12-31', S.guamNotYet),
  c(1996, 'guam', 'UZB', 'non-member', '1996-12-31', S.guamNotYet),
  c(1997, 'guam', 'GEO', 'member', '1997-12-31', S.guamFounder),
  c(1997, 'guam', 'UKR', 'member', '1997-12-31', S.guamFounder),
  c(1997, 'guam', 'AZE', 'member', '1997-12-31', S.guamFounder),
  c(1997, 'guam', 'MDA', 'member', '1997-12-31', S.guamFounder),
  c(1997, 'guam', 'UZB', 'non-member', '1997-12-31', S.guamUzbNotYet),
  // 1999: Uzbekistan joins (GUUAM)
  c(1999, 'guam', 'ARM', 'non-member', '1999-12-31', S.guamNever),
  c(1999, 'guam', 'AZE', 'member', '1999-12-31', S.guamFounder),
  c(1999, 'guam', 'BLR', 'non-member', '1999-12-31', S.guamNever),
  c(1999, 'guam', 'EST', 'non-member', '1999-12-31', S.guamNever),
  c(1999, 'guam', 'GEO', 'member', '1999-12-31', S.guamFounder),
  c(1999, 'guam', 'KAZ', 'non-member', '1999-12-31', S.guamNever),
  c(1999, 'guam', 'KGZ', 'non-member', '1999-12-31', S.guamNever),
  c(1999, 'guam', 'LTU', 'non-member', '1999-12-31', S.guamNever),
  c(1999, 'guam', 'LVA', 'non-member', '1999-12-31', S.guamNever),
  c(1999, 'guam', 'MDA', 'member', '1999-12-31', S.guamFounder),
  c(1999, 'guam', 'RUS', 'non-member', '1999-12-31', S.guamNever),
  c(1999, 'guam', 'TJK', 'non-member', '1999-12-31', S.guamNever),
  c(1999, 'guam', 'TKM', 'non-member', '1999-12-31', S.guamNever),
  c(1999, 'guam', 'UKR', 'member', '1999-12-31', S.guamFounder),
  c(1999, 'guam', 'UZB', 'member', '1999-12-31', S.guamUzbJoined),
  c(2002, 'guam', 'UZB', 'suspended', '2002-12-31', S.guamUzbSuspended),
  c(2005, 'guam', 'UZB', 'non-member', '2005-12-31', S.guamUzbOut),
  // 2008
  c(2008, 'guam', 'ARM', 'non-member', '2008-12-31', S.guamNever),
  c(2008, 'guam', 'AZE', 'member', '2008-12-31', S.guamFounder),
  c(2008, 'guam', 'BLR', 'non-member', '2008-12-31', S.guamNever),
  c(2008, 'guam', 'EST', 'non-member', '2008-12-31', S.guamNever),
  c(2008, 'guam', 'GEO', 'member', '2008-12-31', S.guamFounder),
  c(2008, 'guam', 'KAZ', 'non-member', '2008-12-31', S.guamNever),
  c(2008, 'guam', 'KGZ', 'non-member', '2008-12-31', S.guamNever),
  c(2008, 'guam', 'LTU', 'non-member', '2008-12-31', S.guamNever),
  c(2008, 'guam', 'LVA', 'non-member', '2008-12-31', S.guamNever),
  c(2008, 'guam', 'MDA', 'member', '2008-12-31', S.guamFounder),
  c(2008, 'guam', 'RUS', 'non-member', '2008-12-31', S.guamNever),
  c(2008, 'guam', 'TJK', 'non-member', '2008-12-31', S.guamNever),
  c(2008, 'guam', 'TKM', 'non-member', '2008-12-31', S.guamNever),
  c(2008, 'guam', 'UKR', 'member', '2008-12-31', S.guamFounder),
  c(2008, 'guam', 'UZB', 'non-member', '2008-12-31', S.guamUzbOut),
  // 2015
  c(2015, 'guam', 'ARM', 'non-member', '2015-12-31', S.guamNever),
  c(2015, 'guam', 'AZE', 'member', '2015-12-31', S.guamFounder),
  c(2015, 'guam', 'BLR', 'non-member', '2015-12-31', S.guamNever),
  c(2015, 'guam', 'EST', 'non-member', '2015-12-31', S.guamNever),
  c(2015, 'guam', 'GEO', 'member', '2015-12-31', S.guamFounder),
  c(2015, 'guam', 'KAZ', 'non-member', '2015-12-31', S.guamNever),
  c(2015, 'guam', 'KGZ', 'non-member', '2015-12-31', S.guamNever),
  c(2015, 'guam', 'LTU', 'non-member', '2015-12-31', S.guamNever),
  c(2015, 'guam', 'LVA', 'non-member', '2015-12-31', S.guamNever),
  c(2015, 'guam', 'MDA', 'member', '2015-12-31', S.guamFounder),
  c(2015, 'guam', 'RUS', 'non-member', '2015-12-31', S.guamNever),
  c(2015, 'guam', 'TJK', 'non-member', '2015-12-31', S.guamNever),
  c(2015, 'guam', 'TKM', 'non-member', '2015-12-31', S.guamNever),
  c(2015, 'guam', 'UKR', 'member', '2015-12-31', S.guamFounder),
  c(2015, 'guam', 'UZB', 'non-member', '2015-12-31', S.guamUzbOut),
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
