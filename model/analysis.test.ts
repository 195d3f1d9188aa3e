/**
 * The articles' analysis in the view model, on the real record: which passages a country's panel
 * lists first for the layer on screen, which passages and events sit beside the map. The expected
 * ids are read by hand from data/records/quotes.json and events.json (a passage scores 6 for naming
 * the selected country, 4 for covering the year or 2 within two years of it, and 2 for naming the
 * layer's organisation; ties go to the nearest in time, then to document order).
 */
import { describe, expect, it } from 'vitest';
import { atlasData } from '@/data/atlas';
import { defaultState, type AtlasUrlState } from '@/data/url-state';
import { atlasView } from './atlas-view';

// A fresh record for each view: the view model's memo (shared.ts) would otherwise hand one test
// what an earlier test made, and a mutation run would not count the later test as covering it.
const record = () => atlasData('2026-11-24');
const at = (fields: Partial<AtlasUrlState>, data = record()) =>
  atlasView({ ...defaultState(2026), ...fields }, data);
const quoteIds = (quotes: readonly { quote: { id: string } }[]): string[] =>
  quotes.map((q) => q.quote.id);

describe("a country's passages, ranked for the layer on screen", () => {
  it('puts the CIS passages on Tajikistan first when the CIS is shown in 2015', () => {
    const quotes = at({ layer: 'cis', year: 2015, country: 'TJK' }).country!.quotes;
    expect(quoteIds(quotes)).toEqual([
      // Tajikistan, 2015 and the CIS (12), in document order.
      'bolgova-syria-afghanistan-threat',
      'bolgova-regime-stability',
      'bolgova-tajik-afghan-border',
      // Tajikistan and 2015, no CIS (10).
      'bolgova-islamism-northern-afghanistan',
      'bolgova-csto-bilateral-agenda',
      'bolgova-counterweight',
      'bolgova-kyrgyzstan-tajikistan-borders',
      'wani-csto-profile',
      // Tajikistan and the CIS, far from 2015 (8): 2022–2024 before 2024.
      'wani-middle-corridor',
      'wani-moscow-2024-attendance',
      // Tajikistan only (6): 2021–2024 before 1994–1999.
      'wani-tajikistan-troops',
      'wani-cst-1999-renewal',
    ]);
  });
  it('puts the CSTO passages on Tajikistan first when the CSTO is shown in 2015', () => {
    const quotes = at({ layer: 'csto', year: 2015, country: 'TJK' }).country!.quotes;
    expect(quoteIds(quotes)).toEqual([
      'bolgova-csto-bilateral-agenda',
      'wani-csto-profile',
      'bolgova-islamism-northern-afghanistan',
      'bolgova-syria-afghanistan-threat',
      'bolgova-regime-stability',
      'bolgova-tajik-afghan-border',
      'bolgova-counterweight',
      'bolgova-kyrgyzstan-tajikistan-borders',
      'wani-tajikistan-troops',
      'wani-cst-1999-renewal',
      'wani-middle-corridor',
      'wani-moscow-2024-attendance',
    ]);
  });
  it('gives each passage its document, the notes on claims inside it and the names it names', () => {
    const [first] = at({ layer: 'cis', year: 2015, country: 'TJK' }).country!.quotes;
    expect(first!.doc).toMatchObject({ id: 'bolgova-2015', author: 'Irina Bolgova' });
    expect(first!.claims.map((c) => c.id)).toEqual(['bolgova-isis-northern-afghanistan']);
    expect(first!.countries).toEqual(['Russia', 'Afghanistan', 'Tajikistan']);
  });
  it('takes each passage’s document from the record: the 2025 article for Wani’s', () => {
    const quotes = at({ layer: 'csto', year: 2015, country: 'TJK' }).country!.quotes;
    expect(quotes.find((q) => q.quote.id === 'wani-csto-profile')!.doc).toMatchObject({
      id: 'wani-2025',
    });
  });
  it('gives a passage only the notes on claims in its own document and paragraph', () => {
    // The note on the ISIS offensive, copied into another paragraph and another document.
    const data = record();
    const note = data.claims.find((c) => c.id === 'bolgova-isis-northern-afghanistan')!;
    const elsewhere = [
      { ...note, id: 'other-paragraph', paragraph: 'p5' },
      { ...note, id: 'other-document', document: 'wani-2025' },
    ];
    const view = at(
      { layer: 'cis', year: 2015, country: 'TJK' },
      { ...data, claims: [...data.claims, ...elsewhere] },
    );
    expect(view.country!.quotes[0]!.claims.map((c) => c.id)).toEqual([
      'bolgova-isis-northern-afghanistan',
    ]);
  });
  it('lists no passage for a state neither article names', () => {
    expect(at({ country: 'EST' }).country!.quotes).toEqual([]);
  });
});

describe('the analysis beside the map', () => {
  it('shows the five passages most about the CSTO in 2015', () => {
    const analysis = at({ layer: 'csto', year: 2015 }).analysis;
    expect(analysis.year).toBe(2015);
    expect(analysis.nearest).toBe(false);
    expect(quoteIds(analysis.quotes)).toEqual([
      'bolgova-csto-no-longer-suffices',
      'bolgova-csto-bilateral-agenda',
      'bolgova-uzbekistan-turkmenistan-outside-csto',
      'wani-csto-profile',
      'wani-kazakhstan-2022',
    ]);
  });
  it('shows other passages for the CIS in the same year', () => {
    expect(quoteIds(at({ layer: 'cis', year: 2015 }).analysis.quotes)).toEqual([
      'bolgova-burabay-format',
      'bolgova-cis-soft-adaptation',
      'bolgova-csto-no-longer-suffices',
      'bolgova-syria-afghanistan-threat',
      'bolgova-uzbekistan-turkmenistan-outside-csto',
    ]);
  });
  it('falls back to the two passages nearest in time when none discusses the year', () => {
    // With the 2015 article alone, nothing is within two years of 2024.
    const data = record();
    const bolgova = { ...data, quotes: data.quotes.filter((q) => q.document === 'bolgova-2015') };
    const analysis = at({ year: 2024 }, bolgova).analysis;
    expect(analysis.nearest).toBe(true);
    expect(quoteIds(analysis.quotes)).toEqual([
      'bolgova-csto-no-longer-suffices', // 2015–2020
      'bolgova-eec-chairman', // 2015–2016, before the next of the same period
    ]);
  });
  it("lists the year's events of the layer, of no organisation, and every war and crisis", () => {
    const ids = (fields: Partial<AtlasUrlState>) => at(fields).analysis.events.map((e) => e.id);
    // 2022: the CSTO's deployment and annexation decision are not the CIS's; the invasion is.
    expect(ids({ layer: 'cis', year: 2022 })).toEqual([
      'moldova-stops-attending-cis',
      'russia-invades-ukraine',
    ]);
    expect(ids({ layer: 'csto', year: 2022 })).toEqual([
      'csto-kazakhstan-2022',
      'russia-invades-ukraine',
      'russia-annexation-four-regions',
    ]);
    // 2010: the Osh violence is the CSTO's, but a crisis.
    expect(ids({ layer: 'cis', year: 2010 })).toEqual(['osh-violence-2010']);
    expect(ids({ layer: 'eaeu', year: 2010 })).toEqual([
      'customs-union-tariff',
      'osh-violence-2010',
    ]);
    expect(ids({ layer: 'cis', year: 1997 })).toEqual([]);
    // 2015: an election and an intervention of no organisation are listed under any layer.
    expect(ids({ layer: 'guam', year: 2015 })).toEqual([
      'kunduz-falls',
      'russia-syria-2015',
      'belarus-election-2015',
    ]);
  });
  it('writes an event as the panel lists it', () => {
    const [war] = at({ layer: 'cis', year: 2020 }).analysis.events;
    expect(war).toMatchObject({
      id: 'second-karabakh-war',
      year: 2020,
      when: '27 September 2020',
      title: 'Second Nagorno-Karabakh war',
      countries: ['Azerbaijan', 'Armenia', 'Russia'],
      current: true,
    });
    // Known to the year only: dated as such.
    expect(at({ layer: 'cis', year: 2022 }).analysis.events[0]!.when).toBe('2022');
  });
});
