import { describe, expect, it } from 'vitest';
import { foldForSearch, foldWhitespace } from './text';

describe('foldWhitespace', () => {
  it('folds every run of spaces, tabs and line breaks to one space and trims the ends', () => {
    expect(foldWhitespace('  The CIS\n\n met\tin  Burabay. ')).toBe('The CIS met in Burabay.');
  });
  it('leaves text with single spaces as it is', () => {
    expect(foldWhitespace('a b c')).toBe('a b c');
  });
});

describe('foldForSearch', () => {
  it.each([
    ['Türkiye', 'turkiye'],
    ['  Republic of\tTÜRKİYE ', 'republic of turkiye'],
    ['Magyarország', 'magyarorszag'],
    ['Ёлкино', 'елкино'],
    ['Белоруссия', 'белоруссия'],
    ['Край', 'край'],
  ])('folds “%s” to “%s”', (text, folded) => {
    expect(foldForSearch(text)).toBe(folded);
  });
});
