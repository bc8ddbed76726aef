import type { Candidate } from './Candidate.js';

// Round w37at: a title line printed in two languages, one after the other across a slash
// ("Climate finance in fragile … settings / Le financement climatique dans …"), names its
// theme once in each; the theme is the half in the note's own language, as a delegation of
// that language would type it. Only a slash with a space on each side divides the halves,
// each of three words or more, written in two different languages of the three the importer
// reads; "peace / security" or "A/81/640" is left whole.

type Language = 'en' | 'fr' | 'es';

const FUNCTION_WORDS: Record<Language, RegExp> = {
  en: /\b(?:the|of|and|in|for|to|with|on|is|are|will|this)\b/giu,
  fr: /(?<![\p{L}])(?:le|la|les|des|du|et|dans|pour|sur|est|sont|une|aux|au)(?![\p{L}])/giu,
  es: /(?<![\p{L}])(?:el|la|los|las|del|y|en|para|sobre|es|son|una|con)(?![\p{L}])/giu,
};

function count(text: string, language: Language): number {
  return text.match(FUNCTION_WORDS[language])?.length ?? 0;
}

/** The language whose function words a text uses most, or null when none stands out. */
export function languageOf(text: string): Language | null {
  const counts = (['en', 'fr', 'es'] as const).map((language) => ({
    language,
    n: count(text, language),
  }));
  counts.sort((a, b) => b.n - a.n);
  const [first, second] = counts;
  return first && second && first.n > second.n ? first.language : null;
}

/** The half of a two-language title in the note's language, or null if it is none. */
export function halfInLanguage(value: string, noteLanguage: () => Language | null): string | null {
  const halves = value.split(/\s+\/\s+/u);
  if (halves.length !== 2) return null;
  const [left = '', right = ''] = halves;
  if (left.split(/\s+/u).length < 3 || right.split(/\s+/u).length < 3) return null;
  const leftLanguage = languageOf(left);
  const rightLanguage = languageOf(right);
  if (!leftLanguage || !rightLanguage || leftLanguage === rightLanguage) return null;
  const language = noteLanguage();
  if (language === leftLanguage) return left.trim();
  if (language === rightLanguage) return right.trim();
  return null;
}

/** Theme candidates with a two-language title cut to the note's language. */
export function inNoteLanguage(
  candidates: readonly Candidate<string>[],
  whole: string,
): Candidate<string>[] {
  let language: Language | null | undefined;
  const noteLanguage = () => (language === undefined ? (language = languageOf(whole)) : language);
  return candidates.map((candidate) => {
    if (!candidate.value.includes(' / ')) return candidate;
    const half = halfInLanguage(candidate.value, noteLanguage);
    return half ? { ...candidate, value: half } : candidate;
  });
}
