/**
 * An organisation's description split for the orientation line beside the layer switcher: its
 * first sentence (what the organisation is) and the rest (behind "more").
 */
export function leadAndRest(description: string): { lead: string; rest: string } {
  // A sentence ends at ".", "!" or "?" before a space and a capital letter or a digit.
  const end = /[.!?](?=\s+[A-Z0-9])/.exec(description);
  if (!end) return { lead: description.trim(), rest: '' };
  return {
    lead: description.slice(0, end.index + 1).trim(),
    rest: description.slice(end.index + 1).trim(),
  };
}
