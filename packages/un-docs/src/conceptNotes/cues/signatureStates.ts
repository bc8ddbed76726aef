import { findMemberState, findMemberStates } from '../findMemberState.js';
import { joinActors } from './actorList.js';
import { candidate, type Cue } from './Candidate.js';

// A letter's conveners as its signature block names them: "(Signed) Vanessa Frazier /
// Permanent Representative of Malta …", one per signatory. They convene when the letter
// speaks in their name — "we" (or "the co-facilitators", "the co-hosts") as the subject of
// inviting, convening, hosting or holding — whatever the wording around the verb.

const REPRESENTATIVE =
  /\b(?:(?:Deputy\s+)?Permanent\s+Representative|Chargée?\s+d['’]affaires(?:\s+a\.\s?i\.)?|Représentante?\s+permanente?|Representante\s+Permanente)\s+(?:of|de|du|de\s+la|del)\s+(?:the\s+)?(.+?)(?:\s+(?:to|auprès de|ante)\s+.*)?$/iu;
// Spanish and French say "we" in the verb: "Tenemos el honor de invitar", "Avons le plaisir".
const SPEAKS_FOR_SIGNATORIES =
  /\b(?:we|nous|nosotros)\b[^.]{0,80}?\b(?:invite|inviter|invitar|convene|convoquer|convocar|host|hold|organi[sz]e|organiser|organizar|co-host)\b|\b(?:tenemos|nos complace|avons)\b[^.]{0,40}?\b(?:invitar|convocar|organizar|inviter|convoquer|organiser)\b|\b(?:invitamos|convocamos|organizamos)\b|\bthe\s+co-?(?:facilitators|chairs|hosts|organi[sz]ers)\s+(?:will|intend to|are pleased to)\s+(?:hold|convene|host|organi[sz]e|invite)\b/iu;
// Round w36ct: or the letter speaks for "our (three) delegations" (`Nos trois délégations ont
// l'honneur de vous inviter`, "Our delegations have the honour to invite you"), the signatories'.
const OUR_DELEGATIONS_INVITE =
  /(?<![\p{L}])(?:our|nos|nuestr[oa]s)\s+(?:\p{L}+\s+)?(?:delegations|délégations|delegaciones|missions|misiones|countries|pays|países|governments|gouvernements|gobiernos)(?![\p{L}])[^.]{0,60}?(?<![\p{L}])(?:invite|inviter|invitar|convene|convoquer|convocar|host|organi[sz]e|organiser|organizar)(?![\p{L}])/iu;
const SIGNATURE_BLOCKS = 8;

export const signatureStates: Cue<string> = ({ blocks, sentences }) => {
  const speaking = sentences.find(
    ({ text }) => SPEAKS_FOR_SIGNATORIES.test(text) || OUR_DELEGATIONS_INVITE.test(text),
  );
  if (!speaking) return [];
  const states = signatureBlocks(blocks)
    .flatMap((block) => block.split('\n'))
    .flatMap((line) => representativesOf(line.trim()))
    .flatMap((name) => {
      const state = name ? findMemberState(name) || envoysState(name) : null;
      return state && name ? [name.replace(/[\s.,]+$/u, '')] : [];
    });
  const unique = [...new Set(states)];
  return unique.length > 0
    ? [candidate(joinActors(unique, conjunction(blocks)), 0.6, speaking.text, 'signatureStates')]
    : [];
};

// A letter flattened to one line names several representatives in it: "from H.E. Ms. Gillian
// Bird, Permanent Representative of Australia and H.E. Mr. Martin Garcia Moritan, Permanent
// Representative of Argentina, Co-Facilitators to lead …". Each names the State that stands
// right after its "of", as the note spells it.
const REPRESENTATIVE_OF =
  /\b(?:(?:Deputy\s+)?Permanent\s+Representative|Chargée?\s+d['’]affaires(?:\s+a\.\s?i\.)?|Représentante?\s+permanente?|Representante\s+Permanente)\s+(?:of|de|du|de\s+la|del)\s+(?:the\s+)?/giu;

// Round w36ct: a French State after "du" takes its article back (`du Royaume de Lusanie` → `le
// Royaume de Lusanie`), as `de la Valmérie` and `de l'Ostrie` keep theirs.
const DU = /(?:Représentante?\s+permanente?|Chargée?\s+d['’]affaires(?:\s+a\.\s?i\.)?)\s+du\s+/iu;

function representativesOf(line: string): string[] {
  const du = DU.exec(line);
  if (du) return [`le ${line.slice(du.index + du[0].length).replace(/\s+auprès\s.*$/u, '')}`];
  const starts = [...line.matchAll(REPRESENTATIVE_OF)].map(
    (match) => match.index + match[0].length,
  );
  if (starts.length < 2) {
    const name = REPRESENTATIVE.exec(line)?.[1];
    return name ? [name] : [];
  }
  return starts.flatMap((start) => {
    const first = findMemberStates(line.slice(start, start + 80))[0];
    if (first?.index !== 0) return [];
    const spelled = line
      .slice(start)
      .split(/\s*[,;]\s*|\s+and\s+(?=H\.\s?E\.|Mr\.|Ms\.|Mrs\.|His\b|Her\b)|\s+to\s+/u)[0];
    return spelled ? [spelled] : [];
  });
}

// Round w36ct: whom a Permanent Representative represents is a State, though no Member State
// by the list (a written text's invented ones, "Le Représentant permanent de la Valmérie"): a
// name of at most four words after its article, which is no mission or office.
function envoysState(name: string): boolean {
  const bare = name.replace(/^(?:la|le|les|l['’]|el|los|las)\s*/u, '');
  return (
    /^\p{Lu}/u.test(bare) &&
    bare.split(/\s+/u).length <= 4 &&
    !/(?<![\p{L}])(?:Missions?|Misi[oó]n|Office|Bureau|Oficina|Delegation|Délégation|Delegación)(?![\p{L}])/iu.test(
      bare,
    )
  );
}

// Round w36ct: a letter followed by its concept note signs before the note, right after its
// courtesy formula ("Nous vous prions d'agréer, Excellence, …", "Please accept, Excellency, …").
const COURTESY =
  /^(?:Please\s+accept|Accept,?\s+Excellency|(?:Nous\s+vous\s+prions|Je\s+vous\s+prie|Veuillez)\s+d['’]agréer|Hago\s+propicia|(?:Aprovecho|Aprovechamos)\s+la\s+oportunidad|Le\s+saluda|Les\s+saludan?)/iu;

function signatureBlocks(blocks: readonly string[]): string[] {
  const last = blocks.slice(-SIGNATURE_BLOCKS);
  const courtesy = blocks.findIndex((block) => COURTESY.test(block));
  if (courtesy < 0 || courtesy >= blocks.length - SIGNATURE_BLOCKS) return last;
  return [...blocks.slice(courtesy + 1, courtesy + 1 + SIGNATURE_BLOCKS), ...last];
}

/** The note's own "and": States stay in the note's language ("México y Noruega"). */
function conjunction(blocks: readonly string[]): string {
  const signed = signatureBlocks(blocks).join('\n');
  if (/Representante\s+Permanente/u.test(signed)) return 'y';
  if (/Représentante?\s+permanente?/iu.test(signed)) return 'et';
  return 'and';
}
/**
 * The States that persons are named for: "H.E. Mr. Fergal Mythen, Permanent Representative
 * of Ireland; H.E. Ms. Njambi Kinyungu, Deputy Permanent Representative of Kenya" → Ireland,
 * Kenya. Empty unless every person listed is named for a State.
 */
export function representedStates(list: string): string[] {
  const people = list.split(/\s*;\s*|\n/u).filter((part) => part.trim() !== '');
  const states = people.map((person) => {
    const name = REPRESENTATIVE.exec(person)?.[1]?.replace(/[\s.,]+$/u, '');
    return name && findMemberState(name) ? name : null;
  });
  return states.every((state) => state !== null) ? [...new Set(states as string[])] : [];
}
