import { otherBodysPresident } from './otherBodysPresident.js';
import { chairsCouncilRu } from './chairsCouncilRu.js';
import { presidentAside } from './presidentAside.js';
import { MEETING_WORD } from '../meetingWords.js';
import { findMemberState, findMemberStates, namesOnlyAState } from '../findMemberState.js';
import type { NoteLayout } from '../layout/NoteLayout.js';
import { recordsPast } from '../sentenceTense.js';
import { stateOfAdjective, stateOfRomanceAdjective } from '../stateAdjectives.js';
import { candidate, type Candidate, type Cue } from './Candidate.js';
import { presidedBy } from './presidedBy.js';
import { presidedByAr } from './presidedByAr.js';
import { beforeWhoseCountry, whoseCountryState } from './whoseCountry.js';
import { RU_AR_CURRENT, RU_AR_PRESIDENCY, RU_AR_PRESIDENCY_OF } from './presidencyRuAr.js';
import { holdsPresidencyZh } from './presidencyZh.js';

// The Member State presiding the Security Council: a "Presidency:" field; "in its capacity
// as President of the Security Council …, Viet Nam" (and the French and Spanish forms);
// "Kenya, which holds the presidency"; "organized by the presidency of the Republic of
// Korea". A presidency in the past ("under the presidency of Nigeria, the Council held …")
// is history, not this meeting's.

const LABELS = new Set(['presidency', 'presidence', 'presidencia']);
const CAPACITY =
  /(?:capacity as|qualité de|calidad de)\s+(?:the\s+)?Presiden(?:t|te|cia)\s+(?:of the|du|del)\s+(?:Security Council|Conseil de sécurité|Consejo de Seguridad)[^,]*,\s*(.+)$/iu;
// Round 19: and a woman's title in Spanish, `la Presidenta del Consejo`.
// Round ruar: and the Russian and Arabic words (presidencyRuAr.ts).
const PRESIDENCY = new RegExp(
  String.raw`\bpr[eé]siden(?:cy|t|ce|cia|te|ta)\b|${RU_AR_PRESIDENCY}`,
  'iu',
);
// Round 16: also a State taking the presidency up or exercising it ahead ("assumed the
// presidency", "During its presidency in May, Switzerland plans to hold …", `a pris la présidence tournante`, `asumió la presidencia rotativa …, que
// ejercerá`, `exercera`, `ocupará`).
// Round 18: and the Council's president named for the month ("Guinea’s Ambassador …, Council
// President for March"); round 19: in French and Spanish too ("Le Président du Conseil de
// sécurité pour le mois d'août et Représentant permanent de l'Indonésie", `La Presidenta del
// Consejo de Seguridad para el mes de junio`); round 20: "Bolivia, as president of the Council
// in October", "Tekeda Alemu (Ethiopia), Council President for the month". Round 21: and one that
// has just taken it up, or holds it this month, in French and Spanish too (`quien acaba de asumir
// la presidencia del Consejo de Seguridad durante el presente mes`, `qui vient d'assumer la
// présidence … ce mois-ci`), or holds it in rotation ("the Council's rotating president",
// `presidenta de turno`, `président en exercice`).
const CURRENT = new RegExp(
  String.raw`\b(?:will|rotating|de\s+turno|en\s+exercice|pro\s+tempore|acaba\s+de\s+asumir|vient\s+d['’]assumer|vient\s+de\s+prendre|has\s+just\s+(?:assumed|taken\s+(?:over|up))|(?:durante|en)\s+el\s+(?:presente|actual)\s+mes|este\s+mes|ce\s+mois-ci|le\s+mois\s+en\s+cours|holds|holding|president\s+(?:of\s+the\s+(?:Security\s+)?Council\s+)?(?:for|in)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)|president\s+for\s+the\s+month|pr[eé]sidente?\s+du\s+Conseil(?:\s+de\s+sécurité)?\s+pour\s+le\s+mois\s+d(?:e\s+|['’])\p{L}+|president[ae]\s+del\s+Consejo(?:\s+de\s+Seguridad)?\s+(?:para|durante)\s+el\s+mes\s+de\s+\p{L}+|intends?|plans?\s+to|assumes?|assumed|took over|current|this month|is convening|is organizing|(?:organi[sz]ed|convened|hosted) by|assure|assume|assumera|exercera|a pris|a assumé|organisera|tiendra|convoquera|ocupa|ocupará|ejerce|ejercerá|asumió|asumirá|organizará|celebrará|convocará)(?![\p{L}])|${RU_AR_CURRENT}`,
  'iu',
);

const ADDRESSEE =
  /\b(?:addressed|adressée?|dirigida)\s+(?:to|au|a)\s+(?:the\s+|la\s+|el\s+)?Pr[eé]sident\S*\s+(?:of|du|de|del)\s+[^,.]*/giu;
const PRESIDENCY_LINE =
  /^(.{3,60}?)\s+(?:presidency|présidence|presidencia)\s+(?:of the|du|del)\s+(?:UN\s+|United Nations\s+)?(?:Security Council|Conseil de sécurité|Consejo de Seguridad)\b/iu;

// "Présidence suisse du Conseil de sécurité", "Presidencia ecuatoriana del Consejo de Seguridad".
const ROMANCE_PRESIDENCY_LINE =
  /^(?:la\s+)?(?:présidence|presidencia)\s+(\p{Ll}{4,})\s+(?:du|del)\s+(?:Conseil de sécurité|Consejo de Seguridad)(?![\p{L}])/iu;

/**
 * A letterhead or title: "United Kingdom Presidency of the UN Security Council — May 2026",
 * "Concept note by the presidency of Switzerland". History is told in the body, not the title.
 */
const presidencyLine: Cue<string> = ({ blocks, titleBlocks }) =>
  titleBlocks.flatMap((index) => {
    const block = blocks[index] ?? '';
    const named = PRESIDENCY_LINE.exec(block)?.[1];
    const adjective = ROMANCE_PRESIDENCY_LINE.exec(block)?.[1];
    const state = named
      ? findMemberState(titleCase(named))
      : adjective
        ? stateOfRomanceAdjective(adjective)
        : null;
    if (state) return [candidate(state, 0.85, block, 'presidencyLine')];
    // "… addressed to the President of the Security Council" names the addressee, not the presidency.
    const line = headsOfStateBlanked(
      titleCase(block).replace(ADDRESSEE, (words) => ' '.repeat(words.length)),
    );
    const word = line.length < 200 ? PRESIDENCY.exec(line) : null;
    const nearest = word ? nearestState(line, word.index) : null;
    if (nearest) return [candidate(nearest, 0.75, block, 'presidencyInTitle')];
    const mission =
      word && titleBlocks.includes(index - 1) ? missionState(blocks[index - 1]) : null;
    return mission ? [candidate(mission, 0.75, block, 'presidencyUnderMission')] : [];
  });

// Round 13b: "Presidency of the Security Council, April 2027" names no State when it sits
// under the mission's letterhead ("Permanent Mission of the Republic of Liberia to the United
// Nations", `Mission permanente de … auprès de …`): the letterhead's State holds it.
const MISSION_LETTERHEAD =
  /^(?:the\s+)?(?:Permanent\s+Mission|Mission\s+permanente|Misión\s+Permanente)\s+(?:of|de|du|del)\b/iu;

function missionState(block: string | undefined): string | null {
  const line = block ? titleCase(block.trim()) : '';
  return MISSION_LETTERHEAD.test(line) ? findMemberState(line) : null;
}

// Round 25b: a head of State named by title in a list of speakers ("H.E. Mr. Carlos Alvarado
// Quesada, President of Costa Rica", `Presidente de Chile`) presides his State, not the Council:
// "President of" followed at once by a Member State is blanked, as an addressee is.
const PRESIDENT_OF =
  /(?<![\p{L}])(?:Vice-)?Pr[eé]siden(?:t|te|ta)\s+(?:of|de|du|del)\s+(?:the\s+|la\s+|l['’])?/giu;

function headsOfStateBlanked(line: string): string {
  return line.replace(PRESIDENT_OF, (words: string, at: number) =>
    findMemberStates(line.slice(at + words.length))[0]?.index === 0
      ? ' '.repeat(words.length)
      : words,
  );
}

/** "UNITED KINGDOM" → "United Kingdom", so capitals in a letterhead still name the State. */
function titleCase(words: string): string {
  if (words !== words.toUpperCase()) return words;
  return words
    .toLowerCase()
    .replace(
      /(^|[\s-])(\p{L})/gu,
      (_whole, space: string, letter: string) => `${space}${letter.toUpperCase()}`,
    )
    .replace(/\b(And|Of|The)\b/g, (word) => word.toLowerCase());
}

const presidencyField: Cue<string> = ({ layout }) =>
  layout.flatMap(({ field, text }) => {
    if (!field || !LABELS.has(field.label)) return [];
    return [candidate(findMemberState(field.value) ?? field.value, 0.95, text, 'presidencyField')];
  });

// "Denmark, in its capacity as President of the Security Council for March, intends to …",
// also after a lead-in ("I have the honour to inform you that Denmark, in its capacity …").
const CAPACITY_AFTER_STATE =
  /^(?:(?:Letter|Lettre|Carta)\b.*?\.\s+)?(?:.*?\b(?:that|que)\s+)?(.{3,80}?),?\s+(?:in its capacity as|en sa qualité de|en su calidad de)\s+(?:the\s+)?Presiden(?:t|te|cia)\s+(?:of the|du|del)\s+(?:Security Council|Conseil de sécurité|Consejo de Seguridad)/iu;

// Its lead-ins backtrack in time quadratic in the sentence's length (16,000 characters: 0.85 s);
// a sentence naming the presidency after a letter's title and a lead-in is far shorter.
const CAPACITY_AFTER_STATE_MAX_CHARS = 2_000;

const inCapacityAsPresident: Cue<string> = ({ sentences }) =>
  sentences.flatMap(({ text }) => {
    const before =
      text.length <= CAPACITY_AFTER_STATE_MAX_CHARS
        ? CAPACITY_AFTER_STATE.exec(text)?.[1]
        : undefined;
    // The State named right after the comma ("…, Viet Nam will convene"), not one further on.
    const after = CAPACITY.exec(text)?.[1]?.slice(0, 80);
    const state =
      (before ? findMemberState(before) : null) ?? (after ? findMemberState(after) : null);
    return state ? [candidate(state, 0.9, text, 'inCapacityAsPresident')] : [];
  });

/** "Yemen …, at the initiative of Japan, which holds the presidency": the State nearest the word. */
function nearestState(text: string, at: number): string | null {
  const states = findMemberStates(text);
  states.sort((a, b) => Math.abs(a.index - at) - Math.abs(b.index - at));
  return states[0]?.state ?? null;
}

// Round 15a: a State that presides the Council now ("Japan, which presides over the Council this
// month", `la Sierra Leone, qui préside le Conseil`, `el Reino Unido, que preside este mes el
// órgano`) holds its presidency; the verb in the present or future says it is current.
// Round h12t: or while it presides (“while presiding the UN Security Council, Kazakhstan shall
// ensure …”).
const PRESIDES =
  /(?<![\p{L}])(?:presides|is\s+presiding|will\s+preside|(?:while|when|whilst)\s+presiding(?=\s+(?:over\s+)?the\s+(?:UN\s+|United\s+Nations\s+)?(?:Security\s+)?Council)|préside|présidera|preside|presidirá)(?![\p{L}])/iu;

// Round 21: the State the presidency is "of" is its holder, though another stands nearer the
// word ("… sobre la situación en Haití, bajo la presidencia de Panamá").
const PRESIDENCY_OF = new RegExp(
  String.raw`(?<![\p{L}])(?:presidency|présidence|presidencia)\s+(?:of|de|du|del)\s+(?:the\s+|la\s+|l['’])?|${RU_AR_PRESIDENCY_OF}`,
  'iu',
);

function presidencyOf(text: string): string | null {
  const of = PRESIDENCY_OF.exec(text);
  if (!of) return null;
  const state = findMemberStates(text.slice(of.index + of[0].length))[0];
  return state?.index === 0 ? state.state : null;
}

// Round 21: the Council's rotating president named by the ambassador's nationality ("the
// Maltese ambassador", `la embajadora chilena`, `l'ambassadeur guyanien, président en exercice`).
const ENGLISH_AMBASSADOR = /\b(\p{Lu}\p{Ll}+)\s+(?:ambassador|envoy|permanent\s+representative)\b/u;
const ROMANCE_AMBASSADOR =
  /(?<![\p{L}])(?:embajador[a]?|ambassadeur|ambassadrice)\s+(\p{Ll}{4,})(?![\p{L}])/iu;

function ambassadorsState(text: string): string | null {
  const english = ENGLISH_AMBASSADOR.exec(text)?.[1];
  const romance = ROMANCE_AMBASSADOR.exec(text)?.[1];
  return (
    (english ? stateOfAdjective(english) : null) ??
    (romance ? stateOfRomanceAdjective(romance) : null)
  );
}

const holdsPresidency: Cue<string> = ({ sentences }) =>
  sentences.flatMap(({ text }, index) => {
    const presidency = PRESIDENCY.exec(text) ?? PRESIDES.exec(text);
    if (!presidency || !(CURRENT.test(text) || PRESIDES.test(text))) return [];
    // Round 36h: not another body's president (cues/otherBodysPresident.ts).
    if (otherBodysPresident(text, presidency.index)) return [];
    const before = beforeWhoseCountry(text);
    const earlier = () =>
      sentences
        .slice(0, index)
        .map((sentence) => sentence.text)
        .join(' ');
    const state =
      before !== null
        ? whoseCountryState(before, earlier())
        : (presidencyOf(text) ?? nearestState(text, presidency.index) ?? ambassadorsState(text));
    return state ? [candidate(state, 0.7, text, 'holdsPresidency')] : [];
  });

// "Under the Slovenian presidency, the Security Council will hold …"; also a sentence in the
// present that ties the presidency to the meeting or its note ("The debate is the signature
// event of the Greek presidency", "the concept note of the Greek presidency for the open
// debate"), unless it tells of a meeting held.
// Round 20: also at the head of a sentence ("The Nigerian Presidency of the Security Council will
// convene …").
const ADJECTIVE_PRESIDENCY = /\b(?:[Tt]he|[Ii]ts)\s+(\p{Lu}\p{Ll}+)\s+[Pp]residency\b/u;
const ITS_NOTE =
  /\bconcept\s+note\b|\bnote\s+(?:conceptuelle|de\s+cadrage)\b|\bnota\s+conceptual\b/iu;

function aboutThisMeeting(text: string): boolean {
  return (MEETING_WORD.test(text) || ITS_NOTE.test(text)) && !recordsPast(text);
}

// Round 16: French and Spanish put the adjective after the word ("l'événement phare de la
// présidence slovène du Conseil", `el evento principal de la presidencia ecuatoriana`), in any
// sentence about the meeting (round 17: "sous la présidence lettone, le Conseil … tiendra").
const PRESIDENCY_ADJECTIVE = /(?<![\p{L}])(?:présidence|presidencia)\s+(\p{Ll}{4,})(?![\p{L}])/u;

// Round t42c: or the State's name in the English possessive ("a signature event of South Africa’s
// presidency of the Council", "during Malta's Council presidency", "the United Kingdom's rotating
// presidency"), the name ending where the possessive begins.
const POSSESSIVE_PRESIDENCY =
  /['’]s\s+(?:(?:rotating|monthly|month-long|current|(?:Security\s+)?Council)\s+){0,2}[Pp]residency\b/u;

function possessiveState(text: string): string | null {
  const possessive = POSSESSIVE_PRESIDENCY.exec(text);
  if (!possessive) return null;
  const before = text.slice(Math.max(0, possessive.index - 60), possessive.index);
  const state = findMemberStates(before).at(-1);
  return state && namesOnlyAState(before.slice(state.index)) ? state.state : null;
}

function adjectiveState(text: string): string | null {
  const adjective = ADJECTIVE_PRESIDENCY.exec(text)?.[1];
  if (adjective) return stateOfAdjective(adjective);
  const owner = possessiveState(text);
  if (owner) return owner;
  const romance = PRESIDENCY_ADJECTIVE.exec(text)?.[1];
  return romance ? stateOfRomanceAdjective(romance) : null;
}

const adjectivePresidency: Cue<string> = ({ sentences }) =>
  sentences.flatMap(({ text }) => {
    const current = CURRENT.test(text) || aboutThisMeeting(text);
    const state = current ? adjectiveState(text) : null;
    return state ? [candidate(state, 0.7, text, 'adjectivePresidency')] : [];
  });

export const PRESIDENCY_CUES: readonly Cue<string>[] = [
  presidencyField,
  presidencyLine,
  inCapacityAsPresident,
  presidentAside,
  holdsPresidency,
  adjectivePresidency,
  presidedBy,
  // Round t42c: who will chair it, by his nationality, in Arabic (presidedByAr.ts).
  presidedByAr,
  // Round h13t: a State that becomes the Council's president or heads it, in Russian.
  chairsCouncilRu,
  // Round zh: in Chinese (presidencyZh.ts).
  holdsPresidencyZh,
];

export function presidencyCandidates(note: NoteLayout): Candidate<string>[] {
  return PRESIDENCY_CUES.flatMap((cue) => cue(note));
}
