// Porter's suffix stripper (1980), so "organizations", "organisational" and "organization"
// meet at "organ" and "preventive" meets "prevention". Input: one lower-case word.

function isConsonant(word: string, i: number): boolean {
  const c = word[i];
  if (c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u') return false;
  if (c === 'y') return i === 0 || !isConsonant(word, i - 1);
  return true;
}

/** Porter's m: the number of vowel–consonant sequences in `stem`. */
function measure(stem: string): number {
  let m = 0;
  let previousVowel = false;
  for (let i = 0; i < stem.length; i += 1) {
    const vowel = !isConsonant(stem, i);
    if (previousVowel && !vowel) m += 1;
    previousVowel = vowel;
  }
  return m;
}

function hasVowel(stem: string): boolean {
  for (let i = 0; i < stem.length; i += 1) if (!isConsonant(stem, i)) return true;
  return false;
}

const endsInDoubleConsonant = (s: string): boolean =>
  s.length > 1 && s.at(-1) === s.at(-2) && isConsonant(s, s.length - 1);

/** Porter's *o: consonant–vowel–consonant at the end, the last not w, x or y. */
function endsCvc(s: string): boolean {
  const n = s.length;
  if (n < 3 || !isConsonant(s, n - 1) || isConsonant(s, n - 2) || !isConsonant(s, n - 3)) {
    return false;
  }
  return !'wxy'.includes(s.at(-1) ?? '');
}

type Rules = readonly (readonly [suffix: string, replacement: string])[];

/** Applies the rule with the longest matching suffix if its stem passes `condition`. */
function applyRules(word: string, rules: Rules, condition: (stem: string) => boolean): string {
  for (const [suffix, replacement] of rules) {
    if (!word.endsWith(suffix)) continue;
    const stem = word.slice(0, -suffix.length);
    return condition(stem) ? stem + replacement : word;
  }
  return word;
}

const STEP_2: Rules = (
  [
    ['ational', 'ate'],
    ['tional', 'tion'],
    ['enci', 'ence'],
    ['anci', 'ance'],
    ['izer', 'ize'],
    ['bli', 'ble'],
    ['alli', 'al'],
    ['entli', 'ent'],
    ['eli', 'e'],
    ['ousli', 'ous'],
    ['ization', 'ize'],
    ['ation', 'ate'],
    ['ator', 'ate'],
    ['alism', 'al'],
    ['iveness', 'ive'],
    ['fulness', 'ful'],
    ['ousness', 'ous'],
    ['aliti', 'al'],
    ['iviti', 'ive'],
    ['biliti', 'ble'],
    ['logi', 'log'],
  ] satisfies [string, string][]
).sort(([a], [b]) => b.length - a.length);

const STEP_3: Rules = [
  ['icate', 'ic'],
  ['ative', ''],
  ['alize', 'al'],
  ['iciti', 'ic'],
  ['ical', 'ic'],
  ['ful', ''],
  ['ness', ''],
];

const STEP_4: Rules = [
  'ement',
  'ance',
  'ence',
  'able',
  'ible',
  'ment',
  'ant',
  'ent',
  'ism',
  'ate',
  'iti',
  'ous',
  'ive',
  'ize',
  'ion',
  'al',
  'er',
  'ic',
  'ou',
].map((suffix) => [suffix, ''] as const);

function step1ab(word: string): string {
  let w = applyRules(
    word,
    [
      ['sses', 'ss'],
      ['ies', 'i'],
      ['ss', 'ss'],
      ['s', ''],
    ],
    () => true,
  );
  if (w.endsWith('eed')) return measure(w.slice(0, -3)) > 0 ? w.slice(0, -1) : w;
  const suffix = ['ed', 'ing'].find((s) => w.endsWith(s) && hasVowel(w.slice(0, -s.length)));
  if (suffix === undefined) return w;
  w = w.slice(0, -suffix.length);
  if (w.endsWith('at') || w.endsWith('bl') || w.endsWith('iz')) return `${w}e`;
  if (endsInDoubleConsonant(w) && !'lsz'.includes(w.at(-1) ?? '')) return w.slice(0, -1);
  return measure(w) === 1 && endsCvc(w) ? `${w}e` : w;
}

function step5(word: string): string {
  let w = word;
  if (w.endsWith('e')) {
    const stem = w.slice(0, -1);
    const m = measure(stem);
    if (m > 1 || (m === 1 && !endsCvc(stem))) w = stem;
  }
  return measure(w) > 1 && w.endsWith('ll') ? w.slice(0, -1) : w;
}

/** British spellings folded into American before stemming: -isation(al), -ise(d/s), -ising. */
const BRITISH_ISATION = /(?<=\p{L}{3})isation/u;
const BRITISH_ISE = /(?<=\p{L}{3})is(e|ed|es|ing)$/u;

/** The Porter stem of a lower-case English word; words under three letters are kept. */
export function stem(word: string): string {
  if (word.length < 3) return word;
  let w = step1ab(word.replace(BRITISH_ISATION, 'ization').replace(BRITISH_ISE, 'iz$1'));
  if (w.endsWith('y') && hasVowel(w.slice(0, -1))) w = `${w.slice(0, -1)}i`;
  w = applyRules(w, STEP_2, (s) => measure(s) > 0);
  w = applyRules(w, STEP_3, (s) => measure(s) > 0);
  w = applyRules(w, STEP_4, (s) => {
    if (measure(s) <= 1) return false;
    return !w.endsWith('ion') || s.endsWith('s') || s.endsWith('t');
  });
  return step5(w);
}
