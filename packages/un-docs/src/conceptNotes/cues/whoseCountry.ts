import { findMemberStates } from '../findMemberState.js';

// Round 30: a Council president who holds the presidency through "whose country" ("Ambassador
// Lyall Grant, whose country holds the presidency", `dont le pays assure … la présidence`,
// `cuyo país ocupa la presidencia`) names his State before the possessive, in the sentence or
// where the text gave his title ("Permanent Representative of the United Kingdom",
// `Représentant permanent du Royaume-Uni`); a State later in the sentence is what he speaks of
// ("the briefing on Somalia"), not his.

const WHOSE_COUNTRY = /(?<![\p{L}])(?:whose\s+country|dont\s+le\s+pays|cuyo\s+país)(?![\p{L}])/iu;
const REPRESENTATIVE_OF =
  /(?<![\p{L}])(?:Permanent\s+Representative|Ambassador|Représentante?\s+permanente?|Ambassadeur|Ambassadrice|Representante\s+Permanente|Embajador[a]?)\s+(?:of|de|du|del)\s+(?:the\s+|la\s+|l['’])?/giu;

/** Where `text` says the presidency is held by "whose country", the text before the possessive; else null. */
export function beforeWhoseCountry(text: string): string | null {
  const whose = WHOSE_COUNTRY.exec(text);
  return whose ? text.slice(0, whose.index) : null;
}

/** The State last named in `text` as a representative's or an ambassador's ("… of Kenya"). */
export function representedState(text: string): string | null {
  let state: string | null = null;
  for (const title of text.matchAll(REPRESENTATIVE_OF)) {
    const named = findMemberStates(text.slice(title.index + title[0].length))[0];
    if (named?.index === 0) state = named.state;
  }
  return state;
}

/**
 * The State of a president holding the presidency through "whose country": the last State
 * named before the possessive in `text`, else the State whose representative `earlier` names.
 */
export function whoseCountryState(before: string, earlier: string): string | null {
  return findMemberStates(before).at(-1)?.state ?? representedState(earlier);
}
