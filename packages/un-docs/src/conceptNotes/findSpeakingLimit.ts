import type { Candidate } from './cues/Candidate.js';
import type { NoteLayout } from './layout/NoteLayout.js';
import { splitSentences } from '../text/splitSentences.js';
import { speakingLimitZh } from './cues/speakingLimitZh.js';

// "limited to five minutes", "should not exceed 3 minutes", "four-minute statements",
// "ne devront pas dépasser cinq minutes", "limiten sus intervenciones a cinco minutos".
// Briefers' and panellists' slots are not the speakers' limit and are skipped, clause by clause.

const NUMBERS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  fifteen: 15,
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  quinze: 15,
  uno: 1,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  ocho: 8,
  nueve: 9,
  diez: 10,
  quince: 15,
};
// "three (3) minutes"; round 32a: and the figure with its word in brackets ("3 (three) minutes",
// `2 (deux) minutes`, `3 (tres) minutos`).
const MINUTES = new RegExp(
  String.raw`(?<![\p{L}\d])(\d{1,3}|${Object.keys(NUMBERS).join('|')})(?:\s*\((?:\d{1,3}|${Object.keys(NUMBERS).join('|')})\))?[\s-]+(minutes?|minutos?|mins?\b\.?|seconds|secondes|segundos)(?![\p{L}])`,
  'iu',
);
// Round h11t: and States in French and Spanish (`les États disposeront de deux minutes`, `los
// Estados dispondrán de tres minutos`), as "Member States" and "each State" are in English.
const SPEAKING =
  /(?<![\p{L}])(?:États|Estados)(?![\p{L}])|\b(?:speak|take the floor|ambassadors?\b|Permanent Representatives\b|statement|intervention|remark|limit|exceed|address|deliver|interventions?|déclarations?|dépasser|limit|intervenciones|declaraciones|exceder|oradores|limiten|delegations?|delegaciones|delegaci[oó]n|intervenci[oó]n|orat(?:eur|rice)s?|délégations?|temps de parole|uso de la palabra|tiempo de intervención|Member States?\b|each State\b|participants?\b|observers?\b|members\b|contributions?\b|participantes?\b|observateurs?\b|observadores?\b)/iu;
// Briefers, panellists and those who present: their slots are not the floor's limit.
const BRIEFERS =
  /\b(?:briefer|panellist|panelist|keynote|moderator|presentations?\b|presenters?\b|lead discussants?|panélistes?|intervenants? principaux|exposés? liminaires?|présentations? liminaires?|panelistas?|ponentes?|exponentes?|presentaciones)/iu;

const DURATION =
  /\b(?:last|lasts|lasting|duration|break|pause|video|film|recording)\b|\bdurer?a\b|\bdurée\b|\bduración\b/iu;
// A statement's maximum duration is its limit: "tendrán una duración máxima de cinco minutos".
// Round 31a: so is the duration a form gives the statements themselves ("Duración de las
// intervenciones: 3 minutos", `Durée des interventions`, "Duration of statements").
const MAXIMUM_DURATION =
  /\b(?:maximum|max\.)\s+duration\b|\bduration\s+of\s+(?:up\s+to|no\s+more\s+than|at\s+most)\b|\bdurée\s+maximale\b|\bduración\s+máxima\b|\bduration\s+of\s+(?:each\s+|the\s+)?(?:statements?|interventions?)(?![\p{L}])|(?<![\p{L}])durée\s+(?:des|de\s+chaque|de\s+la)\s+(?:interventions?|déclarations?)(?![\p{L}])|(?<![\p{L}])duración\s+de\s+(?:las|cada|la)\s+(?:intervenci(?:ón|ones)|declaraci(?:ón|ones))(?![\p{L}])/giu;
// Round 13a: a discussion divided into rounds or slots of so many minutes, and the parts of
// one given in brackets after it ("two slots of 60 minutes each (45 minutes for comments from
// the floor …)"), time the meeting, not a speaker.
const DIVIDED = /\b(?:divided|split)\s+in(?:to)?\b|\bdivisée?s?\s+en\b|\bdividid[oa]s?\s+en\b/iu;

// "Briefers will have seven minutes, and Member States three": the floor's limit, its unit
// left to the clause before.
const ELLIPTIC = new RegExp(
  String.raw`\b(?:and|while)\s+(?:all\s+)?(?:other\s+)?(?:Member States|delegations|speakers|participants|States)\s+(\d{1,2}|${Object.keys(NUMBERS).join('|')})\b(?![\s-]*(?:minutes?|mins?|seconds))`,
  'iu',
);

function toNumber(value: string): number {
  return NUMBERS[value.toLowerCase()] ?? Number(value);
}

// A clause ends at a semicolon, a colon or a comma before "and"/"while": "Briefers will have
// seven minutes, and Member States three"; "… sept minutes ; les délégations … trois minutes".
const CLAUSE_END =
  /;|:|,?\s+(?:and|while|whereas|et|y|mientras)\s+(?=(?:all\s+|the\s+)?(?:other|\d|[\p{L}]+\s+minutes|for\b|individual|delegations|groups|Member|speakers|States))|,\s+(?:and|while|whereas|et|y|mientras)\b|\.\s/iu;
// Who a limit is for when a briefer is named in the same clause too.
// Groups of States and ministers often get longer than everybody else: the limit is the one
// left for all other speakers ("… five minutes for groups and three for individual delegations").
const SPECIAL =
  /\b(?:on behalf of|groups?\b|ministers?|ministerial|high-level|Heads? of (?:State|Government)|au nom d|groupes?|en nombre de|grupos?|ministros?)/iu;
// Speakers in general are the floor too ("Après les exposés des panélistes, les orateurs
// disposeront de deux minutes"), and so is each delegation in the singular ("le temps de parole
// est fixé à trois minutes pour chaque délégation", "cuatro minutos por cada delegación").
// Round h11t: and statements from the floor in French and Spanish (`les interventions de la
// salle`, `las intervenciones de la sala`), after the presentations.
// (A word boundary before "É" is none in a JavaScript pattern: the floor's words open after no letter.)
const FLOOR =
  /(?<![\p{L}])(?:delegations?|Member States|States|members|observers|the floor|participants|speakers|délégations?|États|membres|orateurs|delegaci(?:ón|on|ones)|Estados|miembros|oradores|de\s+la\s+(?:salle|sala))(?![\p{L}])/iu;

/**
 * The comma-separated phrase of `text` that holds `at`, with the phrase before it: "Following
 * presentations by three experts, each of up to 12 minutes, delegations will have three
 * minutes": 12 belongs to the presentations, three to the delegations.
 */
function phraseAt(text: string, at: number): { own: string; before: string } {
  const start = text.lastIndexOf(',', at);
  const end = text.indexOf(',', at);
  const own = text.slice(start + 1, end < 0 ? text.length : end);
  const before = start < 0 ? '' : text.slice(text.lastIndexOf(',', start - 1) + 1, start);
  return { own, before };
}

/** A briefer's slot: in a clause about briefers and not the floor, or in a phrase that is. */
function brieferSlot(clause: string, text: string, at: number): boolean {
  if (!BRIEFERS.test(clause)) return false;
  if (!FLOOR.test(clause)) return true;
  const { own, before } = phraseAt(text, at);
  return !FLOOR.test(own) && (BRIEFERS.test(own) || (BRIEFERS.test(before) && !FLOOR.test(before)));
}

// Round 27b: a bracket is an aside to the clause it follows. A count inside one is for whom
// the bracket or that clause names ("3 minutes (statements on behalf of groups: 5 minutes)":
// five is the groups'; "introduce the panelists (10 minutes)": ten is the panelists'); a count
// before it is not qualified by it (three is everybody else's).
function bracketAt(text: string, at: number): string | null {
  const open = text.lastIndexOf('(', at);
  if (open < 0 || text.lastIndexOf(')', at) > open) return null;
  const close = text.indexOf(')', at);
  return `${clauseAround(text, open)} ${text.slice(open + 1, close < 0 ? text.length : close)}`;
}

function withoutAsides(clause: string): string {
  return clause.replace(/\([^()]*(?:\)|$)/gu, ' ').replace(/^[^()]*\)/u, ' ');
}

/** The clause of `text` that holds `at`: the bracket it is in, or its clause without brackets. */
function clauseAt(text: string, at: number): string {
  return bracketAt(text, at) ?? withoutAsides(clauseAround(text, at));
}

function clauseAround(text: string, at: number): string {
  // Read on the whole text: "… for groups and two minutes …" ends a clause only when it is
  // seen what follows the "and".
  let start = 0;
  for (const match of text.matchAll(new RegExp(CLAUSE_END, 'giu'))) {
    if (match.index + match[0].length > at) break;
    start = match.index + match[0].length;
  }
  const after = text.slice(at);
  const end = CLAUSE_END.exec(after);
  return text.slice(start, end ? at + end.index : text.length);
}

/** Whether the count at `at` times a divided discussion: after "divided into", or in its brackets. */
function dividedTime(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 40), at);
  if (DIVIDED.test(before)) return true;
  const open = text.lastIndexOf('(', at);
  if (open < 0 || text.lastIndexOf(')', at) > open) return false;
  return DIVIDED.test(text.slice(Math.max(0, open - 80), open));
}

export function findSpeakingLimit({
  sentences,
  footnotes,
}: Pick<NoteLayout, 'sentences' | 'footnotes'>): Candidate<number> | null {
  // A footnote to the modalities may hold the limit: read after the text.
  const texts = [...sentences.map(({ text }) => text), ...footnotes.flatMap(splitSentences)];
  for (const text of texts) {
    if (!SPEAKING.test(text)) continue;
    const limits: { minutes: number; special: boolean }[] = [];
    for (const match of text.matchAll(new RegExp(MINUTES, 'giu'))) {
      const count = match[1];
      const unit = match[2] ?? '';
      const clause = clauseAt(text, match.index);
      // A briefer's or panellist's slot is not the speakers' limit.
      if (!count || brieferSlot(clause, text, match.index)) continue;
      // "a 5-minute video", "The meeting will last 90 minutes": durations, not limits.
      const near = text.slice(Math.max(0, match.index - 40), match.index + match[0].length + 15);
      if (DURATION.test(near.replace(MAXIMUM_DURATION, ''))) continue;
      if (dividedTime(text, match.index)) continue;
      // "180 seconds" is three minutes; ninety seconds is not a whole number of minutes.
      const seconds = /^seg|^sec/i.test(unit);
      const value = seconds ? toNumber(count) / 60 : toNumber(count);
      if (!Number.isInteger(value) || value <= 0) continue;
      limits.push({ minutes: value, special: SPECIAL.test(clause) });
    }
    const elliptic = MINUTES.test(text) ? ELLIPTIC.exec(text)?.[1] : undefined;
    if (elliptic) limits.unshift({ minutes: toNumber(elliptic), special: false });
    const limit = limits.find(({ special }) => !special) ?? limits[0];
    if (limit)
      return { value: limit.minutes, confidence: 0.85, source: text, cue: 'speakingLimit' };
  }
  // Round zh: failing those, a Chinese sentence's limit (cues/speakingLimitZh.ts).
  for (const text of texts) {
    const minutes = speakingLimitZh(text);
    if (minutes !== null)
      return { value: minutes, confidence: 0.85, source: text, cue: 'speakingLimitZh' };
  }
  return null;
}
