import { recordsPast } from '../sentenceTense.js';
import { candidate, type Cue } from './Candidate.js';
import { placedTomorrow } from './relativeDay.js';
import { subjectOf } from './subjectOf.js';

// Round 15a: a news item's lede holds the meeting in the present, on the day it names ("The
// Security Council is holding an open debate today on X", `tient ce mercredi un débat public sur
// X`, `realiza este miércoles un debate abierto sobre X`): it announces that meeting as a note's
// future does, so its subject is a theme, as weakly as an announcing sentence's.

const HOLDS_NOW =
  /(?<![\p{L}])(?:holds|is\s+holding|convenes|is\s+convening|hosts|is\s+hosting|tient|organise|réunit|realiza|celebra|lleva\s+a\s+cabo|sostiene)(?![\p{L}])/iu;
const WEEKDAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|lundi|mardi|mercredi|jeudi|vendredi|lunes|martes|mi[eé]rcoles|mi[ñn][eé]rcoles|jueves|viernes)`;
const THE_DAY = new RegExp(
  String.raw`(?<![\p{L}])(?:today|this\s+(?:morning|afternoon|${WEEKDAY})|aujourd['’]hui|ce\s+(?:matin|${WEEKDAY})|cet\s+après-midi|hoy|este\s+${WEEKDAY}|esta\s+(?:mañana|tarde))(?![\p{L}])`,
  'iu',
);

/**
 * A sentence holding a meeting in the present on the day it names ("is holding an open debate
 * today", `celebra hoy un debate abierto`). Round 22: such a lede looks forward to the meeting as
 * a future does (`meetingAhead.ts`), so a news item under a dateline without a year ("Naciones
 * Unidas, 23 oct (PL)") is read as a note, its date left empty by the convention on yearless
 * dates. Round w37at: or tomorrow, the present then a future ("Tomorrow afternoon (20 March), the
 * Security Council is holding an informal interactive dialogue with …", `tient demain`), which
 * names the body that holds it and dates it as "will hold" does (`bodyCues.ts`, `findMeeting.ts`).
 */
export function holdsToday(text: string): boolean {
  return HOLDS_NOW.test(text) && (THE_DAY.test(text) || placedTomorrow(text)) && !recordsPast(text);
}

// Round 31c: the subject may be quoted whole (`tient ce mercredi sa séance publique consacrée à « la
// situation au Moyen-Orient, y compris la question palestinienne »`): the lede names the theme in
// full between its marks, and no other cue reads a quotation in the present.
const QUOTE_MARKS = /[“”«»"]/gu;

export const heldToday: Cue<string> = ({ sentences }) =>
  sentences.flatMap(({ text }) => {
    const now = holdsToday(text);
    const subject = now
      ? (subjectOf(text, false) ?? subjectOf(text.replace(QUOTE_MARKS, ' '), false))
      : null;
    return subject
      ? [candidate(subject.replace(/\s{2,}/gu, ' ').trim(), 0.5, text, 'heldToday')]
      : [];
  });
