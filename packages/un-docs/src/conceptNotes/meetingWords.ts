// The words of sentences about a meeting, in the UN languages: what names one, what looks
// forward to it or back at it, when it starts, and what is a deadline rather than the meeting.
import { MONTH_NAMES } from '../dates/monthNames.js';
import { floorWindowCloses } from './cues/speakersList.js';
import { statedDeadline } from './findDeadline.js';
import { PROGRESSIVE_CONVENING } from './cues/progressiveConvening.js';
import { RU_AR_FUTURE, RU_AR_HELD, RU_AR_MEETING } from './meetingWordsRuAr.js';
import { ZH_FUTURE, ZH_HELD, ZH_MEETING, ZH_PERIOD } from './meetingWordsZh.js';

// The words that name a meeting in the UN languages, and the marks of a past one.
// Round 24: and the word a news item uses for a meeting it has named once (`el encuentro
// tendrá lugar a las 15.00 horas`, `la rencontre débutera à 10 heures`).
// Round ruar: and the Russian and Arabic words (meetingWordsRuAr.ts); round zh: the Chinese
// ones (meetingWordsZh.ts).
export const MEETING_WORD = new RegExp(
  String.raw`(?:(?<![\p{L}])(?:(?:meeting|debate|dialogue|briefing|session|panel|event|round\s?table|hearing|forum|réunion|débat|séance|table ronde|rencontre|reunión|diálogo|sesión|mesa redonda|evento|foro|encuentro)s?|${RU_AR_MEETING})(?![\p{L}])|${ZH_MEETING})`,
  'iu',
);
// Round 25a: a meeting that "has been scheduled" (`a été programmée`, `ha sido programada`) is
// one ahead, announced in the perfect tense: it is no past and is a future.
// Round t42d: a briefing someone "gave" or a body that was "briefed" on a day is past too
// ("The Chef de Cabinet gave a briefing for Member States on 4 September 2015"), not the meeting.
export const PAST = new RegExp(
  String.raw`(?:(?<![\p{L}])(?:was|were|(?<!be\s)held|took place|gave\s+(?:a|an)\s+(?:briefing|presentation|overview)|(?<!(?:be|been)\s)briefed|adopted|(?:has|have) been(?!\s+(?:scheduled|planned)(?![\p{L}]))|in resolution|a eu lieu|s['’]est tenue?|a adopté|se celebró|tuvo lugar|aprobó|${RU_AR_HELD})(?![\p{L}])|${ZH_HELD})`,
  'iu',
);
// Round 31a: a letter's writer who "has scheduled" a meeting for a day ("I have therefore
// scheduled Plenary meetings … for July 12th and 13th", "We have scheduled an informal meeting
// … for June 8th") announces it in the perfect tense, as "has been scheduled" does.
// Round 31a: a minister or ambassador who `présidera` or `presidirá` a meeting on a day looks
// forward to it, as one who "will preside" does.
// Round 31c: and a verb of what is due (`doit ouvrir`, `debe abrir`, "is due to open"), and an
// invitation to take part ("has invited the candidates … to participate in informal dialogues on
// 3 May 2027", `a invité … à participer à`, `ha invitado … a participar en`): what one is invited
// to is ahead.
// Round h13t: the Russian and Arabic futures stand between letters of neither script, not after
// `\b`, which JavaScript reads between ASCII letters only (`Совет проведет 23 октября …` has
// none before `проведет`): a sentence holding the meeting on a yearless day in those languages
// looks forward, and takes the year of the text's full date.
// Round h14t: a session resumed looks ahead too (`reanudará su período de sesiones el 5 de
// abril`, `reprendra`).
export const FUTURE = new RegExp(
  String.raw`(?:(?<![\p{L}])(?:(?:invites?|invited|invité[es]*|invita(?:do)?)\s[^.;]{0,160}?(?:to\s+(?:participate|take\s+part)\s+in|à\s+participer\s+à|a\s+participar\s+en)|(?:doit|doivent|devrait|devraient)\s+(?:ouvrir|tenir|entamer)|(?:debe|deben|deberá|deberán)\s+(?:abrir|celebrar|inaugurar|iniciar)|(?:is|are)\s+(?:due|set|expected)\s+to\s+(?:open|hold|convene|begin|start|commence))(?![\p{L}])|(?<![\p{L}])(?:has\s+been\s+(?:scheduled|planned)|have\s+been\s+(?:scheduled|planned)|(?:I|we)\s+have\s+(?:therefore\s+|also\s+|now\s+|already\s+)?(?:scheduled|planned)|a\s+été\s+(?:programmée?|prévue?)|ha\s+sido\s+(?:programad[oa]|previst[oa]))(?![\p{L}])|\b(?:will|would\s+(?:convene|hold|open|declare\s+open)|to be (?:held|convened|organi[sz]ed|hosted)|to take place|intends?\s+to|shall|is scheduled|are scheduled|plans?\s+to|is convening|is organizing|upcoming|forthcoming|organisera|convoquera|tiendra|aura lieu|se tiendra|entend|tendrá lugar|se celebrará|celebrará|reanudará|reprendra|se reunirán?|se réunira|se réuniront|celebrar|convocará|organizará|tiene previsto|prevé|présidera|présideront|presidirá|presidirán)(?![\p{L}])|(?<![\p{L}])${RU_AR_FUTURE}(?![\p{L}])|\b(?:honour|intention|decided)\s+to\s+(?:organi[sz]e|convene|hold|host)\b|(?<![\p{L}])${PROGRESSIVE_CONVENING}(?![\p{L}])|${ZH_FUTURE})`,
  'iu',
);
// Round t42d: a meeting "expected to start" (open, begin, commence) is ahead as one "due to" or
// "set to" open is ("The opening plenary is expected to start at 11 a.m. on 25 September").
// Round 36h: and a press summary's reported future ("The General Assembly would convene its
// sixty-eighth session on 17 September", an official said), as findFormat.ts reads "would hold".
// Round 24: ended as a letter, not by an ASCII word boundary, which no accented verb
// (`comenzará`, `se iniciará`) has before a space.
export const STARTS =
  /\b(?:will\s+(?:start|begin|commence|open|be held|take place|convene)|starts?|begins?|commences?|opens?|débutera|commencera|s['’]ouvrira|comenzará|empezará|se iniciará|dará comienzo)(?![\p{L}])/iu;
// Also the list of speakers opening or closing ("The list of speakers for the plenary segment
// will be opened on Monday, 9 September 2024 at 10 a.m."): its day and hour are the
// delegations', not the meeting's.
const DEADLINE =
  /\b(?:submi|deadline|no later than|inscri|register|registration|au plus tard|a más tardar|soumettre|envoy(?:er|ez|ées?|és?)\b|enviar|remitir)|\b(?:list of speakers|speakers['’]? list|liste des orateurs|lista de oradores)(?:\s+[\p{L}'’-]+){0,4}?\s+(?:will\s+|shall\s+|is\s+)?(?:be\s+|sera\s+|será\s+|est\s+)?(?:opened|open|opens|closed|close|closes|ouverte|close|abierta|cerrada)\b/iu;
/**
 * A sentence about a deadline, by its words or by its structure (a date tied by "until"); round
 * 15c: or one saying when the window for requests to speak closes ("delegations wishing to
 * deliver statements … through the module, which will open on Monday, 19 August … and close on
 * Friday, 6 September"), whose days are not the meeting's.
 */
export function aboutDeadline(text: string): boolean {
  return DEADLINE.test(text) || statedDeadline(text) !== null || floorWindowCloses(text);
}

// Round 15a: a meeting placed by a period rather than a day ("the open debate scheduled for
// later this month", `la reunión prevista para este mes`, `la réunion prévue le mois prochain`):
// the text gives the meeting no day, so a date line above it dates the text, not the meeting.
const PERIOD =
  /(?<![\p{L}])(?:(?:later\s+)?this\s+month|next\s+(?:month|week)|(?:el\s+)?(?:este|próximo)\s+mes|el\s+mes\s+(?:próximo|que\s+viene)|la\s+(?:próxima\s+semana|semana\s+próxima)|(?:plus\s+tard\s+)?ce\s+mois(?:-ci)?|le\s+mois\s+prochain|la\s+semaine\s+prochaine)(?![\p{L}])/iu;
// Round 31f: or a part of a month of a year ("dialogues with the candidates in early May 2018",
// `a principios de mayo de 2018`, `début mai 2018`), no day either.
const PART_OF_MONTH = String.raw`(?<![\p{L}])(?:in\s+(?:early|mid|late)[- ]|a\s+(?:principios|mediados|finales)\s+de\s+|(?:au\s+)?(?:début|mi-|fin)\s*)(?:${MONTH_NAMES})\s+(?:de\s+)?(?:19|20)\d{2}(?!\d)`;
const MEETING_THEN_PERIOD = new RegExp(
  String.raw`${MEETING_WORD.source}(?:\s+[\p{L}'’-]+){0,5}?\s+(?:${PERIOD.source}|${PART_OF_MONTH})`,
  'iu',
);

// Round 36h: or the period first, between the verb and the meeting it announces (`celebrará
// este mes una reunión a nivel ministerial`, "will hold next month a meeting"), or a body
// meeting in it (`se reunirá este mes a nivel ministerial`, `se réunira le mois prochain`).
const PERIOD_THEN_MEETING = new RegExp(
  String.raw`(?:${PERIOD.source})\s+(?:[\p{L}'’-]+\s+){0,2}?${MEETING_WORD.source}|(?<![\p{L}])(?:will\s+meet|se\s+reunirá|se\s+réunira)\s+(?:${PERIOD.source})`,
  'iu',
);

/** A sentence that places the meeting it names by a month or week, not a day. */
export function placedByPeriod(text: string): boolean {
  // Round zh: or in Chinese (`将于下周举行`, meetingWordsZh.ts).
  return (
    (MEETING_THEN_PERIOD.test(text) || PERIOD_THEN_MEETING.test(text) || ZH_PERIOD.test(text)) &&
    !PAST.test(text)
  );
}

// Round 32: a participle opening the sentence and set off by its comma ("Held on the margins of
// the session, this side event brings together …", `Organisée en marge de …, la manifestation
// réunira`, `Celebrado en el marco de …, el evento`) describes the meeting the main clause
// speaks of; its tense is the main verb's, so it records no meeting held.
const FRONTED_PARTICIPLE =
  /^\s*(?:held|convened|co-?hosted|hosted|co-?organi[sz]ed|organi[sz]ed|tenue?s?|organisée?s?|celebrad[oa]s?|organizad[oa]s?)\s[^,;.]{3,200},\s*(?=\S)/iu;

/** The sentence without an opening participle's phrase (FRONTED_PARTICIPLE). */
export function withoutFrontedParticiple(sentence: string): string {
  return sentence.replace(FRONTED_PARTICIPLE, '');
}
