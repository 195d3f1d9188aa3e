/** The CSV writer against RFC 4180's rules, with the expected text written out by hand. */
import { describe, expect, it } from 'vitest';
import { csvText } from './csv';

describe('csvText writes RFC 4180', () => {
  it.each([
    ['a plain word is written bare', 'member', 'member'],
    ['an empty field stays empty', '', ''],
    ['a comma quotes the field', 'CST, later CSTO', '"CST, later CSTO"'],
    [
      'a double quote is doubled inside quotes',
      'the “so-called” "CIS"',
      '"the “so-called” ""CIS"""',
    ],
    ['a line feed quotes the field', 'one\ntwo', '"one\ntwo"'],
    ['a carriage return quotes the field', 'one\r\ntwo', '"one\r\ntwo"'],
    ['spaces at either end are kept, unquoted', '  since 1994 ', '  since 1994 '],
    ['Cyrillic is written as it is', 'Белоруссия', 'Белоруссия'],
  ])('%s', (_, value, expected) => {
    expect(csvText([[value]])).toBe(`${expected}\r\n`);
  });

  it('ends every record with CRLF, the last one too', () => {
    expect(
      csvText([
        ['iso3', 'status'],
        ['GEO', 'non-member'],
      ]),
    ).toBe('iso3,status\r\nGEO,non-member\r\n');
  });

  it('keeps empty fields at the end of a row', () => {
    expect(csvText([['ARM', '', '']])).toBe('ARM,,\r\n');
  });

  it('writes nothing for no rows', () => {
    expect(csvText([])).toBe('');
  });
});
