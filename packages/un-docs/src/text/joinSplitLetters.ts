// Text exported from some Word and web converters splits a word after its first letter
// ("Panel d iscussion", "Date and v enue", "27th s ession"). A lone lowercase consonant is
// no word in the UN languages' Latin scripts (their one-letter words are vowels or "y"), so
// one before a lowercase fragment is the start of that fragment's word — unless the
// fragment is itself a short function word ("x and y").

const FUNCTION_WORDS = new Set([
  'and',
  'or',
  'of',
  'on',
  'in',
  'is',
  'it',
  'at',
  'as',
  'an',
  'are',
  'if',
  'to',
  'et',
  'ou',
  'un',
  'une',
  'en',
  'el',
  'es',
  'al',
  'la',
  'le',
  'les',
  'los',
  'las',
  'de',
  'du',
]);

const SPLIT = /(^|[\s(])([b-df-hj-np-tv-xz])\s([a-zà-ÿ]{2,})/gu;

export function joinSplitLetters(line: string): string {
  return line.replace(SPLIT, (whole, before: string, letter: string, rest: string) =>
    FUNCTION_WORDS.has(rest) ? whole : `${before}${letter}${rest}`,
  );
}
