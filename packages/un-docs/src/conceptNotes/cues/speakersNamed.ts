import type { LabeledItem } from '../ConceptNote.js';

// Round w38at: a programme's slot may be headed with the words of a points heading (“15:10 –
// 15:40: Areas of convergence – most prominent discussion points”, `Constats partagés –
// principaux points de discussion`) and list its speakers under it, each a person named with
// a role and an organization (“Hilary Gbedemah, Chairperson, CEDAW”, `Karim Benali, membre,
// Comité des droits de l'enfant`): a list of speakers, not points. Only when every item is so:
// a name of two to five capitalized words, then a comma, no question, at most sixteen words.

const PERSON =
  /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|del|da|van|von|al|el|bin)){1,4},\s+\S/u;

function namesPerson(text: string): boolean {
  return PERSON.test(text) && !text.includes('?') && text.split(/\s+/u).length <= 16;
}

/** Whether every item names a speaker with a role, so the list is of speakers. */
export function namesSpeakers(items: readonly LabeledItem[]): boolean {
  return items.length > 0 && items.every(({ text }) => namesPerson(text.trim()));
}
