import { describe, expect, it } from 'vitest';
import { documentDate, documentLabel, publisherShort } from './document-label';

describe('documentDate', () => {
  it('says "not before" for a date the text only bounds', () => {
    expect(documentDate({ date: '2024-12-12', datePrecision: 'not-before' })).toBe(
      'not before 12 December 2024',
    );
  });
  it('gives a date known to the day, the month or the year as precisely as it is known', () => {
    expect(documentDate({ date: '2015-10-16', datePrecision: 'day' })).toBe('16 October 2015');
    expect(documentDate({ date: '2015-10-01', datePrecision: 'month' })).toBe('October 2015');
    expect(documentDate({ date: '2015-01-01', datePrecision: 'year' })).toBe('2015');
  });
});

describe('publisherShort', () => {
  it('is the part in brackets at the end of the name', () => {
    expect(publisherShort({ publisher: 'Observer Research Foundation (ORF)' })).toBe('ORF');
    expect(publisherShort({ publisher: 'Russian International Affairs Council (RIAC)  ' })).toBe(
      'RIAC',
    );
  });
  it('is the whole name when no bracket ends it', () => {
    expect(publisherShort({ publisher: 'Valdai Club' })).toBe('Valdai Club');
    expect(publisherShort({ publisher: 'The (new) Review' })).toBe('The (new) Review');
  });
});

describe('documentLabel', () => {
  it('names the author by surname, with the publisher and the date', () => {
    expect(
      documentLabel({
        author: 'Ayjaz Wani',
        publisher: 'Observer Research Foundation (ORF)',
        date: '2024-12-12',
        datePrecision: 'not-before',
      }),
    ).toBe('Wani (ORF, not before 12 December 2024)');
  });
  it('finds the surname despite spaces around and inside the name', () => {
    expect(
      documentLabel({
        author: '  Irina   Bolgova ',
        publisher: 'Russian International Affairs Council (RIAC)',
        date: '2015-01-01',
        datePrecision: 'year',
      }),
    ).toBe('Bolgova (RIAC, 2015)');
  });
});
