/** Text helpers shared by the data checks and the UI. */

/** Folds runs of white space to one space, as the verbatim checks compare text. */
export function foldWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * A name as search compares it: lower case, single spaces, Latin letters without their
 * diacritics (Türkiye reads as turkiye, Magyarország as magyarorszag), and Cyrillic ё as е, as
 * Russian is mostly printed. Other Cyrillic letters keep their marks: й is not и.
 */
export function foldForSearch(text: string): string {
  return foldWhitespace(text)
    .toLowerCase()
    .normalize('NFD')
    .replace(/([a-z])\p{M}+/gu, '$1')
    .normalize('NFC')
    .replace(/ё/g, 'е');
}

/** Text for XML and HTML content or a double-quoted attribute: & < > " escaped. */
export const escapeXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Names in a sentence: "A", "A and B", "A, B and C". */
export function andList(names: readonly string[]): string {
  return names.length < 2
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
