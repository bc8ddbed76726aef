// Text → index terms for lexical matching: lower-case letter runs, no stop words, stemmed.
// Hyphenated compounds give their parts, so "confidence-building" meets "building confidence".
import { stem } from './stem.js';
import { STOP_PHRASES, STOP_WORDS } from './stopWords.js';

const LETTER_RUN = /\p{L}+/gu;

// Stemming is most of the cost of analysing a statement on every keystroke, and a statement
// uses a few thousand distinct words: remember them. Bounded, so a long session cannot grow it.
const MAX_REMEMBERED = 20_000;
const stems = new Map<string, string>();

function cachedStem(word: string): string {
  let result = stems.get(word);
  if (result === undefined) {
    if (stems.size >= MAX_REMEMBERED) stems.clear();
    result = stem(word);
    stems.set(word, result);
  }
  return result;
}

export function analyzeTerms(text: string): string[] {
  const terms: string[] = [];
  const runs = text.toLowerCase().replace(STOP_PHRASES, ' ').match(LETTER_RUN) ?? [];
  for (const run of runs) {
    if (run.length < 2 || STOP_WORDS.has(run)) continue;
    const term = cachedStem(run);
    if (term.length >= 2) terms.push(term);
  }
  return terms;
}
