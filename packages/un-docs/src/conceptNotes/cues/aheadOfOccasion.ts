// Round 36h (a text announcing several meetings is read for the one it is about): a meeting
// named after "ahead of" is the occasion the announced meeting prepares ("the hearing … that the
// President will convene in the spring, ahead of the high-level dialogue on AI", `en vue du
// dialogue de haut niveau`, `de cara al diálogo de alto nivel`), not the meeting the verb
// announces: the phrase, to the end of its clause, names no format.

const AHEAD_OF =
  /(?<![\p{L}])(?:ahead\s+of|in\s+preparation\s+for|in\s+the\s+(?:run|lead)-up\s+to|en\s+vue\s+d(?:e|u|es)|en\s+prévision\s+d(?:e|u|es)|en\s+amont\s+d(?:e|u|es)|de\s+cara\s+a(?:l)?|en\s+preparación\s+(?:de|del|para)|con\s+miras\s+a(?:l)?)(?![\p{L}])[^,;.]*/giu;

/** `text` with the phrases naming an occasion ahead blanked out (same length). */
export function withoutOccasionAhead(text: string): string {
  return text.replace(AHEAD_OF, (phrase) => ' '.repeat(phrase.length));
}
