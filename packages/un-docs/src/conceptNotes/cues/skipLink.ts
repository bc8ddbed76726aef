// Round 28: a web page's first line may be its skip link ("Skip to main content", `Aller au
// contenu principal`, `Pasar al contenido principal`), and a UN page in one language may keep the
// skip link of another site's language, in another script (`تجاوز إلى المحتوى الرئيسي`). Neither is a
// title: a closed vocabulary in the three languages, and any line with no Latin letter in a text
// written in Latin letters.

const SKIP_LINK =
  /^(?:skip\s+to\s+(?:the\s+)?(?:main\s+)?content|jump\s+to\s+(?:main\s+)?content|aller\s+au\s+contenu(?:\s+principal)?|passer\s+au\s+contenu(?:\s+principal)?|(?:pasar|saltar|ir)\s+al\s+contenido(?:\s+principal)?)\s*$/iu;

/** The page's skip link, in the three languages. */
export function isSkipLink(line: string): boolean {
  return SKIP_LINK.test(line.trim());
}

/** A line in another script than the text's Latin letters (a mirror's chrome). */
export function inOtherScript(line: string, text: string): boolean {
  const latin = (words: string): number => (words.match(/\p{Script=Latin}/gu) ?? []).length;
  const letters = (words: string): number => (words.match(/\p{L}/gu) ?? []).length;
  return letters(line) > 0 && latin(line) === 0 && latin(text) > letters(text) / 2;
}
