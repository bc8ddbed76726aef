import { findMemberStates } from '../findMemberState.js';

// Round w38bt: a French or Spanish title names its State after `de`, `du`, `del`, past the
// portfolio's own words: `la Ministra de Relaciones Exteriores de Panamá`, `le Ministre des
// affaires étrangères et des Sénégalais de l'extérieur du Sénégal`, `el Presidente de Chile`. The
// State is the first one the title's phrase reaches (before a comma or another clause), after
// one of those words, so the person who will preside gives the presidency as "the Foreign
// Minister of Norway" does (the convention "the presidency is read from the text").

const ROMANCE_TITLE =
  /(?<![\p{L}])(?:ministr[oa]|ministre|canciller|vice-?pr[eé]sident[ea]?|pr[eé]sident[ea]?|primer[oa]\s+ministr[oa]|premi(?:er|ère)\s+ministre|embajador[a]?|ambassadeur|ambassadrice|représentante?\s+permanente?|representante\s+permanente)\s+(?=d)/giu;
// The phrase a title heads: up to 90 characters, not across a comma, a semicolon, a full stop
// or a conjunction opening a clause of its own (`y contará`, `et présentera`).
const PHRASE_END = /[,;.:()]|\s(?:y|et|e)\s+\p{Ll}+(?:rá|ra|ront|rán)\b/u;
const OF_BEFORE = /(?:^|\s)(?:de|du|del|de\s+la|de\s+l['’]|des)\s*$/iu;

/** The State a French or Spanish title names after "de": `Ministra de … de Panamá` gives Panama. */
export function romanceTitleState(sentence: string): string | null {
  for (const title of sentence.matchAll(ROMANCE_TITLE)) {
    const from = title.index + title[0].length;
    const rest = sentence.slice(from, from + 90);
    const end = PHRASE_END.exec(rest)?.index ?? rest.length;
    const phrase = rest.slice(0, end);
    for (const { state, index } of findMemberStates(phrase)) {
      if (OF_BEFORE.test(phrase.slice(0, index))) return state;
    }
  }
  return null;
}
