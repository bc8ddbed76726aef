import { findDates } from '../../dates/findDates.js';

// Round 25a: a note that names no kind of meeting but a meeting set for a day ahead ("The
// meeting between the ECOSOC President and … has been scheduled on 14 February", `La réunion
// entre … a été programmée le 12 mars`) gives the bare kind: "meeting". Only as a sentence's
// subject and with its scheduling verb, weakest of the format cues, so a meeting merely
// mentioned ("ahead of the meeting") names no format.

const SCHEDULED_MEETING =
  /(?:^|[.!?]\s+)(?:the|this|la|cette|esta)\s+(?:meeting|réunion|reunión)\s+[^.!?]{0,160}?(?:(?:has|have)\s+been\s+(?:scheduled|planned)|is\s+scheduled|a\s+été\s+(?:programmée|prévue)|est\s+(?:programmée|prévue)|ha\s+sido\s+(?:programada|prevista)|está\s+(?:programada|prevista))(?![\p{L}])/iu;

// Round t42a: or the meeting a note's sentence says will be held, opened or chaired, as its
// subject (a logistics or information note: "The meeting will be opened by the Secretary-General
// and will be held in the General Assembly Hall", `La reunión será inaugurada por …`, `La réunion
// se tiendra dans la salle …`). The verb follows the meeting word at once, so a meeting merely
// mentioned ("the meeting's outcome will be …") or one held ("the meeting was held") names none.
const BARE_MEETING_AHEAD =
  /(?:^|[.!?]\s+)(?:the|this|la|cette|esta)\s+(?:meeting|réunion|reunión)\s+(?:will\s+(?:be\s+(?:held|opened|convened|chaired)|take\s+place|open)|shall\s+be\s+held|se\s+tiendra|aura\s+lieu|s['’]ouvrira|sera\s+(?:ouverte|présidée)|se\s+celebrará|tendrá\s+lugar|será\s+(?:inaugurada|presidida))(?![\p{L}])/iu;

// Round 31c: or a meeting a body will hold, named by no kind but "meeting", as the object of the
// verb of holding, a day or part of a day possibly set between them (`le Conseil de sécurité
// tiendra, mardi soir, une réunion pour débattre …`, `celebrará el viernes una reunión sobre …`,
// "will hold a meeting on Friday"). Only a future verb of holding, so a meeting merely mentioned
// ("ahead of the meeting", "a meeting was held") names no format.
const WEEKDAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|tomorrow|demain|mañana)`;
const PART_OF_DAY = String.raw`(?:morning|afternoon|evening|matin|après-midi|soir|por\s+la\s+(?:mañana|tarde|noche))`;
// Round 36h: or hosted (`ECOSOC … has said that it will host a meeting next month`); or the
// month or week it falls in (`celebrará este mes una reunión`, `tiendra le
// mois prochain une réunion`, "will hold this month a meeting").
// Round w37at: or soon, its day still to be set (`tiendra prochainement une réunion`, `celebrará
// próximamente una reunión`, "will shortly hold a meeting").
const PERIOD_BETWEEN = String.raw`(?:this\s+month|next\s+(?:month|week)|(?:el\s+)?(?:este|próximo)\s+mes|la\s+próxima\s+semana|ce\s+mois(?:-ci)?|le\s+mois\s+prochain|la\s+semaine\s+prochaine|prochainement|bientôt|sous\s+peu|próximamente|en\s+breve)`;
const DAY_BETWEEN = String.raw`(?:,?\s*(?:(?:(?:on|this|next|el|le|ce|este|el\s+próximo)\s+)?${WEEKDAY}(?:\s+${PART_OF_DAY})?|${PERIOD_BETWEEN})\s*,?)?`;
const HOLDS_BARE_MEETING = new RegExp(
  String.raw`(?<![\p{L}])(?:will\s+(?:soon\s+|shortly\s+)?(?:hold|convene|host)|tiendra|convoquera|accueillera|celebrará|convocará)${DAY_BETWEEN}\s+(?:a|une|una)\s+(?:meeting|réunion|reunión)(?![\p{L}])`,
  'iu',
);

// Round 33: or a body that meets on a day ("The Security Council will meet on Thursday, 9 March
// 2028 to discuss …", `le Conseil de sécurité de l'ONU se réunit le 6 décembre pour discuter de
// …`, `El Consejo de Seguridad de la ONU se reunirá el martes 14 de noviembre`): the body's verb
// of meeting, in the present or the future, with a date or a weekday in the sentence, names a
// meeting of no other kind. A body that met (`s'est réuni`, "met") records one.
const BODY = String.raw`(?:Security\s+Council|General\s+Assembly|Economic\s+and\s+Social\s+Council|Human\s+Rights\s+Council|Peacebuilding\s+Commission|Conseil\s+de\s+sécurité|Assemblée\s+générale|Conseil\s+économique\s+et\s+social|Conseil\s+des\s+droits\s+de\s+l['’]homme|Consejo\s+de\s+Seguridad|Asamblea\s+General|Consejo\s+Económico\s+y\s+Social|Consejo\s+de\s+Derechos\s+Humanos)`;
const OF_THE_UN = String.raw`(?:\s+(?:de\s+l['’]ONU|des\s+Nations\s+[Uu]nies|of\s+the\s+United\s+Nations|de\s+la\s+ONU|de\s+(?:las\s+)?Naciones\s+Unidas))?`;
// Session 25: news prose puts the organization before the body ("The UN Security Council meets
// on Monday", "The General Assembly is to meet on Thursday").
const UN_BEFORE = String.raw`(?:(?:UN|U\.N\.|ONU)\s+)?`;
export const BODY_MEETS = new RegExp(
  String.raw`(?<![\p{L}])(?:the|le|la|el)\s+${UN_BEFORE}${BODY}${OF_THE_UN}\s+(?:will\s+meet|meets|is\s+(?:(?:due|set|slated)\s+)?to\s+meet|se\s+réunit|se\s+réunira|se\s+reúne|se\s+reunirá)(?![\p{L}])`,
  'iu',
);
const DAY_NAMED = new RegExp(String.raw`(?<![\p{L}])${WEEKDAY}(?![\p{L}])`, 'iu');

// Round h11t: or the meeting a page names as upcoming, with "the" and its subject ("Ahead of the
// upcoming meeting on X", `De cara a la próxima reunión sobre X`, `la prochaine réunion sur X`):
// that particular meeting is ahead (cues/upcomingMeeting.ts); "a forthcoming meeting in New York"
// (`une prochaine réunion`) is none in particular.
const UPCOMING_BARE_MEETING =
  /(?<![\p{L}])(?:the|la|el)\s+(?:upcoming|forthcoming|prochaine|próxima)\s+(?:meeting|réunion|reunión)\s+(?:on|sur|sobre)\s/iu;

/** Where the meeting word a verb of holding takes as its object stands in `text`, if it does. */
export function heldBareMeeting(text: string): { start: number; end: number } | null {
  const held = HOLDS_BARE_MEETING.exec(text);
  if (!held) return null;
  const end = held.index + held[0].length;
  const word = /(?:meeting|réunion|reunión)$/iu.exec(held[0]);
  return word ? { start: end - word[0].length, end } : null;
}

/** Whether `text` schedules a meeting it names by no kind but "meeting" itself. */
export function schedulesBareMeeting(text: string): boolean {
  return (
    SCHEDULED_MEETING.test(text) ||
    BARE_MEETING_AHEAD.test(text) ||
    HOLDS_BARE_MEETING.test(text) ||
    UPCOMING_BARE_MEETING.test(text) ||
    (BODY_MEETS.test(text) && (findDates(text).length > 0 || DAY_NAMED.test(text)))
  );
}
