/** The sources behind the golden cells: one note per treaty, decision or report, shared by several cells. */
export const S = {
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
