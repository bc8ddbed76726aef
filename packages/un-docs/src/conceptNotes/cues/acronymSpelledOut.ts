import type { NoteSentence } from '../NoteText.js';
import type { Candidate } from './Candidate.js';

// Session 14 (round 34p), by the convention "a theme named twice is taken where it is named in
// full": a title that names its subject only by an acronym ("3rd UN High-Level Meeting on NCDs",
// `Réunion de haut niveau sur les MNT`) shortens what the text spells out ("non-communicable
// diseases", `maladies non transmissibles`). The acronym is replaced by the first words of the
// text's sentences whose initials spell it, as printed there; a title's other words stay.

const TITLES = new Set(['titleSubject', 'openingHeading', 'lineAfterLabel', 'titleHeading']);
// Two to eight capitals, a plural's "s" after them ("NCDs", "SIDS", "MNT").
const ACRONYM = /(?<![\p{L}\d])(\p{Lu}{2,8})s?(?![\p{L}\d])/u;
const SHORT = 4;

function spelledOut(acronym: string, sentences: readonly NoteSentence[]): string | null {
  // Words joined by a space or a hyphen, each opening on the acronym's letter in turn.
  const words = [...acronym.toLowerCase()]
    .map((letter) => `${letter}\\p{L}*`)
    .join(String.raw`[\s-]`);
  const pattern = new RegExp(String.raw`(?<![\p{L}\d-])${words}(?![\p{L}\d-])`, 'iu');
  for (const { text } of sentences) {
    const found = pattern.exec(text)?.[0];
    // The acronym itself, or words in capitals, spell nothing out.
    if (found && found !== found.toUpperCase()) return found;
  }
  return null;
}

export function acronymSpelledOut(
  candidates: readonly Candidate<string>[],
  sentences: readonly NoteSentence[],
): Candidate<string>[] {
  return candidates.map((title) => {
    const acronym = ACRONYM.exec(title.value);
    if (!TITLES.has(title.cue) || !acronym?.[1] || title.value.split(/\s+/u).length > SHORT)
      return title;
    const full = spelledOut(acronym[1], sentences);
    return full ? { ...title, value: title.value.replace(acronym[0], full) } : title;
  });
}
