// Decided in session 15 (round 36h): a country keeps the article it takes, also when the note
// contracts it with "de" ("las Misiones Permanentes del Ecuador y de Noruega" → "el Ecuador y
// Noruega", "les Missions permanentes du Mexique et du Sénégal" → "le Mexique et le Sénégal"),
// as "Chile y el Ecuador" and "le Sénégal et la Suisse" keep theirs.

const ARTICLES: Record<string, string> = { del: 'el', du: 'le', des: 'les' };

/** The article a contracted "del", "du" or "des" holds ("" for any other word). */
export function contractedArticle(preposition: string): string {
  return ARTICLES[preposition.toLowerCase()] ?? '';
}

/** `text` with a leading "del", "du" or "des" before a name given back as its article. */
export function articleForContraction(preposition: string, text: string): string {
  const article = contractedArticle(preposition.trim());
  return article && /^\p{Lu}/u.test(text) ? `${article} ${text}` : text;
}
