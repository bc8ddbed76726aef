// Month names as UN documents print them in English, French and Spanish, with the
// abbreviations English drafters use; each maps to its month number.

const NAMES: readonly (readonly string[])[] = [
  ['january', 'jan', 'janvier', 'enero'],
  ['february', 'feb', 'février', 'fevrier', 'febrero'],
  ['march', 'mar', 'mars', 'marzo'],
  ['april', 'apr', 'avril', 'abril'],
  ['may', 'mai', 'mayo'],
  ['june', 'jun', 'juin', 'junio'],
  ['july', 'jul', 'juillet', 'julio'],
  ['august', 'aug', 'août', 'aout', 'agosto'],
  ['september', 'sept', 'sep', 'septembre', 'septiembre', 'setiembre'],
  ['october', 'oct', 'octobre', 'octubre'],
  ['november', 'nov', 'novembre', 'noviembre'],
  ['december', 'dec', 'décembre', 'decembre', 'diciembre'],
];

const NUMBERS = new Map(
  NAMES.flatMap((names, index) => names.map((name) => [name, index + 1] as const)),
);

/** An alternation of every month name, longest first so "septembre" wins over "sept". */
export const MONTH_NAMES = [...NUMBERS.keys()].sort((a, b) => b.length - a.length).join('|');

/** 1–12, or 0 for a word that is not a month. */
export function monthNumber(name: string): number {
  return NUMBERS.get(name.toLowerCase().replace(/\.$/, '')) ?? 0;
}
