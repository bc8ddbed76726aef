import { findMemberStates } from '../findMemberState.js';
import { stateOfAdjective, stateOfRomanceAdjective } from '../stateAdjectives.js';

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

// Round t42c: or by his nationality, an adjective on his title ("the Panamanian President, José
// Raúl Mulino, whose country …", `el presidente panameño, …, cuyo país ocupa la presidencia`,
// `l'ambassadrice maltaise, dont le pays …`): English puts it before the title, French and
// Spanish after.
const TITLES = String.raw`(?:President|Prime\s+Minister|Foreign\s+Minister|Minister|Ambassador|Permanent\s+Representative|Envoy)`;
const ENGLISH_TITLED = new RegExp(
  String.raw`(?<![\p{L}])(\p{Lu}\p{Ll}{3,})\s+${TITLES}(?![\p{L}])`,
  'giu',
);
const ROMANCE_TITLED =
  /(?<![\p{L}])(?:président|présidente|ministre|ambassadeur|ambassadrice|presidente|presidenta|ministro|ministra|canciller|embajador|embajadora)\s+(\p{Ll}{4,})(?![\p{L}])/giu;

/** The State of the last title qualified by a nationality adjective in `text`, else null. */
export function titledNationality(text: string): string | null {
  const named = [
    ...[...text.matchAll(ENGLISH_TITLED)].map((match) => ({
      at: match.index,
      state: /^\p{Lu}/u.test(match[1] ?? '') ? stateOfAdjective(match[1] ?? '') : null,
    })),
    ...[...text.matchAll(ROMANCE_TITLED)].map((match) => ({
      at: match.index,
      state: stateOfRomanceAdjective(match[1] ?? ''),
    })),
  ].filter((found) => found.state !== null);
  return named.sort((a, b) => a.at - b.at).at(-1)?.state ?? null;
}

/**
 * The State of a president holding the presidency through "whose country": the last State
 * named before the possessive in `text`, else the nationality his title gives there, else the
 * State whose representative `earlier` names.
 */
export function whoseCountryState(before: string, earlier: string): string | null {
  return (
    findMemberStates(before).at(-1)?.state ?? titledNationality(before) ?? representedState(earlier)
  );
}
