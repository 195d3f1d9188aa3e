/** Text helpers shared by the data checks and the UI. */

/** Folds runs of white space to one space, as the verbatim checks compare text. */
export function foldWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
