import type { Candidate } from './cues/Candidate.js';
import type { NoteText } from './NoteText.js';

// "limited to five minutes", "should not exceed 3 minutes", "four-minute statements",
// "ne devront pas dépasser cinq minutes", "limiten sus intervenciones a cinco minutos".
// Briefers' and panellists' slots are not the speakers' limit and are skipped.

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
const MINUTES = new RegExp(
  String.raw`(?<![\p{L}\d])(\d{1,2}|${Object.keys(NUMBERS).join('|')})(?:\s*\(\d{1,2}\))?[\s-]+(?:minutes?|minutos?|mins?\b\.?)(?![\p{L}])`,
  'iu',
);
const SPEAKING =
  /\b(?:speak|statement|intervention|remark|limit|exceed|address|deliver|interventions?|déclarations?|dépasser|limit|intervenciones|declaraciones|exceder|oradores|limiten|delegations?|delegaciones|délégations?|temps de parole|uso de la palabra|tiempo de intervención)/iu;
const BRIEFERS =
  /\b(?:briefer|panellist|panelist|keynote|moderator|panélistes?|intervenants? principaux|panelistas?|ponentes?|exponentes?)/iu;

function toNumber(value: string): number {
  return NUMBERS[value.toLowerCase()] ?? Number(value);
}

export function findSpeakingLimit({ sentences }: NoteText): Candidate<number> | null {
  for (const { text } of sentences) {
    const minutes = MINUTES.exec(text)?.[1];
    if (minutes && SPEAKING.test(text) && !BRIEFERS.test(text))
      return { value: toNumber(minutes), confidence: 0.85, source: text, cue: 'speakingLimit' };
  }
  return null;
}
