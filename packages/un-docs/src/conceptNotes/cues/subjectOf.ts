import { JUDGED_AFTER_COMMA } from './judgedAfterComma.js';
import { withoutMonthYearEnd } from './monthYearEnd.js';
import { AMONG_HIGHLIGHTS_END, SECOND_MEETING_AFTER } from './amongHighlights.js';
import { withoutTextTail } from './titleTextTail.js';
import { findDates } from '../../dates/findDates.js';
import { withoutFirstSince } from './firstSince.js';
import { BODY_NAMES } from './bodyNames.js';
import { IN_PARALLEL } from './inParallel.js';
import { withoutTrailingNames } from './meetingKinds.js';
import { withoutLeadingDay } from './relativeDay.js';
import { withoutBodyLast, withoutRunOn } from './subjectRunOn.js';
import { DAY_TIME_PLACE } from './dayTimePlace.js';
import { ACRONYM_WITHIN } from './acronymInName.js';
import { FOLLOWING_THEME, isFollowingThemeAlone } from './followingTheme.js';
import { withoutMainClause } from './mainClauseAfterComma.js';
import { PRESENTER_BETWEEN } from './presenterBetween.js';

// The subject of a meeting's name: "High-level meeting of the General Assembly on X",
// "Concept note: Arria-formula meeting on X", "Réunion spéciale sur X", "Plenary meeting …
// to commemorate X", the Human Rights Council's "Panel on X". In a title line the subject runs to the end; in a sentence it stops
// where the date, time or place begins.

// Round 15c: `manifestation` and `evento` as "event" is. Round 29: "hearings" in the plural, the
// General Assembly's name for one meeting ("Informal interactive hearings on X").
// Round w36at: "plenary", the Assembly's plenary meeting by the noun alone ("a General Assembly
// plenary on X", formatVocabulary.ts).
// Round t42b: "informal consultations" in the plural too, the Assembly's name for one sitting of a
// process ("Open-ended informal consultations on X will be held on …"); not the bare plural a
// process is named by ("Co-facilitators to lead consultations on X", themeOfProcess.ts). It is
// still no kind of the vocabulary of formats.
const MEETING = String.raw`(?:meeting|debate|briefing|dialogue|discussion|panel|session|event|consultation|(?<=(?:informal|open-ended|intergovernmental)\s)consultations|round[\s-]?table|hearings?|plenary|seminar|séminaire|seminario|workshop|atelier|taller|symposium|réunion|débat|séance|table ronde|reunión|debate|diálogo|sesión|mesa redonda|manifestation|evento)`;
// Round 15a: a title may name its theme after "devoted to" (`consacrée à`, `dedicada a`).
// Round 21: and after `centrada en` ("una sesión informativa centrada en la situación …"), as
// "focused on" and `centrée sur` already are through their "on" and `sur`.
// Round w37bt: or after the review it is held for, the review itself the subject ("High-level
// meeting for the comprehensive review of X", `reunión de alto nivel para el examen de X`, `réunion
// de haut niveau pour l'examen de X`): only the preposition is the link.
// Round t40b: or after the verb of its purpose ("an emergency meeting to discuss X", `una reunión de
// urgencia para abordar X`, `une réunion pour débattre de X`); "to examine" is not one: a session
// "para examinar la situación en más de 30 países" names its agenda, not a theme.
const LINK = String.raw`(?:for(?=\s+the\s+(?:comprehensive\s+|midterm\s+|mid-term\s+)?review\s)|para(?=\s+el\s+examen\s)|pour(?=\s+l['’]examen\s)|on|about|sur|sobre|centrad[oa]s?\s+en|to commemorate|to mark|to celebrate|pour commémorer|para conmemorar|entitled|titled|intitulée?|titulad[oa]|(?:devoted|dedicated)\s+to|consacrée?s?\s+(?:à|aux?)|dedicad[oa]s?\s+a|to\s+(?:discuss|address)|pour\s+(?:aborder|discuter\s+de|débattre\s+de)|para\s+(?:abordar|discutir|debatir))`;
// Up to six words between the meeting and its subject: "Reunión con arreglo a la fórmula
// Arria sobre X", "Réunion de haut niveau de l'Assemblée générale sur X". Round 15a: the body's
// name after them does not count ("Réunion plénière de haut niveau de l'Assemblée générale sur X").
// Round 18: also "in the Security Council of the United Nations", `au Conseil de sécurité de
// l'ONU`, `en el Consejo de Seguridad de la ONU`.
const OF_UN = String.raw`(?:\s+(?:of\s+the\s+United\s+Nations|of\s+the\s+UN|de\s+l['’]ONU|des\s+Nations\s+Unies|de\s+la\s+ONU|de\s+las\s+Naciones\s+Unidas))?`;
const OF_BODY = String.raw`(?:\s+(?:of\s+the|in\s+the|at\s+the|du|au|de\s+la|à\s+la|de\s+l['’]|à\s+l['’]|del|en\s+el)\s*(?:${BODY_NAMES.map(([, pattern]) => pattern.source).join('|')})${OF_UN})?`;
// Round 22: the meeting's day set off by commas between it and its subject ("un débat
// thématique, le 13 octobre, sur X", "an open debate, on 14 June, on X", `un debate abierto, el
// 9 de mayo, sobre X`) is skipped, as a day without commas is (`relativeDay.ts`); round 32a: and
// so are its hours and room after it (`dayTimePlace.ts`).
const DAY_SET_OFF = String.raw`(?:\s*,\s*(?:on\s+|le\s+|el\s+)?(?:[\p{L}]+\s+)?\d{1,2}(?:er|st|nd|rd|th|\.?º)?\s+(?:de\s+)?\p{L}+(?:\s+(?:de\s+)?\d{4})?\s*,)?`;
// Round h11t: or a day in brackets after a relative one ("an open debate tomorrow (Wednesday, 30
// November) on X", `demain (mardi 4 mai) sur X`), the relative day being a word before it.
const BRACKETED_DAY = String.raw`\s*\((?:[\p{L}]+,?\s+)?\d{1,2}(?:er|st|nd|rd|th)?\s+(?:de\s+)?\p{L}+(?:\s+(?:de\s+)?\d{4})?\)`;
// Round 31b: the Spanish for "intersessional", `entre períodos de sesiones`, is one word of the
// kind, not four of the six: "Reunión entre períodos de sesiones de un día sobre X" names X.
const INTERSESSIONAL = String.raw`(?:\s+entre\s+períodos\s+de\s+sesiones)?`;
// Session 14 (round 34p): who the meeting is held with, a list between the kind and its link
// ("hearings with NGOs, CSOs, major groups and the private sector on X", `un diálogo interactivo con
// los Estados Miembros, … y la sociedad civil sobre X`), is skipped as a day set off is; tried only
// when the link does not follow at once.
const WITH_PARTICIPANTS = String.raw`(?:\s+(?:with|avec|con)\s+[^.;:]{2,160}?)?`;
// Round w36at: "on the theme" is skipped with the article French and Spanish fuse into it (`sur le
// thème du maintien de la paix`, `sobre el tema del desarme`), the words after it the subject.
// Round t41b: and the briefing's presenter before the link (cues/presenterBetween.ts).
// Round t41b: and "the following theme:" (`consacré au thème suivant :`, cues/followingTheme.ts).
const NAMED = new RegExp(
  String.raw`\b${MEETING}\b${INTERSESSIONAL}(?:\s+(?:[\p{L}'’-]+|(?:19|20)\d{2}(?!\d)(?=\s+${LINK}))){0,6}?${WITH_PARTICIPANTS}${PRESENTER_BETWEEN}${OF_BODY}(?:${DAY_TIME_PLACE}|${DAY_SET_OFF}|${BRACKETED_DAY})\s+${LINK}\s+(?:${FOLLOWING_THEME}|the\s+theme\s+(?:of\s+)?|le\s+thème\s+(?:de\s+|du\s+|des\s+)?|el\s+tema\s+(?:de\s+|del\s+)?)?(.+)$`,
  'iu',
);
// A title that names the body, then the theme: "Peacebuilding Commission: towards the 2030
// review …", "Human Rights Council — X". A session ("General Assembly: eighty-first session")
// is not a theme.
const BODY_THEN_COLON = new RegExp(
  String.raw`^(?:the\s+)?(?:${BODY_NAMES.map(([, pattern]) => pattern.source).join('|')})\s*(?::|\s[–—|]\s)\s*(.+)$`,
  'iu',
);
const BARE_MEETING = new RegExp(String.raw`^[\p{L}'’ -]{0,40}\b${MEETING}s?$`, 'iu');
const CIRCUMSTANCE =
  /^(?:the\s+)?(?:margins?|sidelines?|side-lines?|occasion|eve|fringes?)\s+of\b|^(?:la\s+)?marge\s+d|^(?:el\s+)?margen\s+de/iu;
const SESSION =
  /^(?:[\p{L}-]+\s+)?(?:session|período de sesiones|segment)(?:\s+(?:19|20)\d{2})?$/iu;
// Round 19: a title on the body's programme of work (a presidency's press conference:
// "Conseil de sécurité : la présidence indonésienne présente un programme de travail …",
// `Consejo de Seguridad: programa de trabajo de junio`) names the month's work, not a meeting.
const PROGRAMME_OF_WORK =
  /(?<![\p{L}])(?:programme of work|programme de travail|programa de trabajo)(?![\p{L}])/iu;
// A news title: "Council members to discuss X", "Le Conseil examinera X".
const WILL_DISCUSS =
  /^[\p{Lu}][\p{L}'’ -]{2,60}?\s+(?:to|will)\s+(?:discuss|consider|debate|examine)\s+(.+)$/u;
// Where a meeting's name gives way to its date, time or circumstances ("…, to be convened on
// May 25": any passive infinitive of a convening verb; round 15b: its passive future too, "…
// will be convened by …", `sera organisée par`, `se celebrará`; "… at 10 a.m.", "… from 15:00", but
// not an anniversary, "… at 35"; round 23: its conditional, for a meeting under consideration,
// "… would be held", `pourrait se tenir`, `se celebraría`).
// Round t42b: the name ends before a verb ending on an accented letter too (`se celebrará`), which
// `\b` after it never found.
const NAME_END =
  /\s*(?:,|\s)\s*(?:(?:to|will|would|could) be (?:held|convened|organi[sz]ed|hosted)|(?:to|will|would|could) take place|pourrai(?:t|ent) (?:se tenir|avoir lieu)|se tiendrai(?:t|ent)|aurai(?:t|ent) lieu|se (?:celebraría|llevaría a cabo)|tendría lugar|(?:sera|seront) (?:tenue?s?|convoquée?s?|organisée?s?)|se tiendra|aura lieu|será (?:celebrad[oa]|convocad[oa]|organizad[oa])|se celebrará|tendrá lugar|which will|that will|qui aura|que tendrá|at the (?:initiative|request) of|(?:co-?)?(?:convened|organi[sz]ed|hosted|chaired|presided\s+over) by|(?:convoquée?|organisée?|coorganisée?) par|(?:convocad[oa]|organizad[oa]|coorganizad[oa]) por|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|le\s+(?:lundi|mardi|mercredi|jeudi|vendredi)|el\s+(?:lunes|martes|miércoles|jueves|viernes)|at\s+\d|from\s+\d|(?:at|from)\s+\d{1,2}(?:[.:h]\d{2})?\s*(?:[ap]\.?m|hrs?|heures?|noon)|(?:at|from)\s+\d{1,2}[.:]\d{2}|under the agenda)(?![\p{L}\d_]).*$/iu;
// In a sentence the place, time and circumstances follow too ("… in the Trusteeship Council
// Chamber", "… in New York", "… in the afternoon", "… dans la salle XX"). A phrase in "in the
// …" that names no place or time of the meeting continues the subject ("cooperation in the
// Sahel", "water security in the arid zones of Africa"), so the theme keeps it.
const ROOM = String.raw`(?:Chamber|Hall|Room|Building|Headquarters|Palais|premises|salle|sala|morning|afternoon|evening|margins?|sidelines?|framework|context|course|presence|format)`;
const CITY = String.raw`(?:New\s+York|Nueva\s+York|Geneva|Genève|Ginebra|Nairobi|Vienna|Vienne|Viena|Addis\s+Ababa|Paris|Brussels|Bruxelles)`;
// Round 30: and the day the text places it by its own ("… on Palestine and the Middle East
// tomorrow at 10:00", "… on Peacebuilding and Sustaining Peace next week", `… sur la sécurité
// alimentaire demain`, `… mañana`): a subject does not end on when the meeting is.
// Round 31c: and a weekday of the text's own week ("… on the situation in Haiti this Thursday",
// `ce jeudi`, `este jueves`).
const THIS_WEEKDAY = String.raw`(?:this\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|ce\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|este\s+(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo))`;
const RELATIVE_DAY = String.raw`(?:tomorrow|next\s+week|later\s+this\s+(?:week|month)|demain|la\s+semaine\s+prochaine|mañana|la\s+(?:próxima\s+semana|semana\s+próxima)|${THIS_WEEKDAY})`;
// Round w36ct: "pursuant to" and "in accordance with" in French and Spanish (`, de conformidad con
// su resolución 54/8`, `en cumplimiento de`, `conformément à`): the mandate, not the subject.
const MANDATE_IN_FR_ES = String.raw`(?:conformément\s+à|en\s+application\s+d|de\s+conformidad\s+con|en\s+cumplimiento\s+d|con\s+arreglo\s+a)(?![\p{L}])`;
const SENTENCE_END = new RegExp(
  String.raw`\s*(?:,|\s)\s*(?:(?:in|at|dans|en)\s+(?:the\s+|la\s+|le\s+|l['’]|el\s+)?(?:(?!(?:in|at|on|of|dans|de|du|des|en|sur|sobre)\s)[\p{L}'’-]+\s+){0,4}?${ROOM}(?![\p{L}])|(?:in|at|à|en)\s+${CITY}(?![\p{L}])|(?:in|at)\s+(?:Conference\s+)?Room\s|au\s+Palais\s|during\s|pursuant\s|in accordance(?![\p{L}])|${MANDATE_IN_FR_ES}|${IN_PARALLEL}|${RELATIVE_DAY}(?:$|[\s,.;]))[\s\S]*$`,
  'iu',
);
// A relative clause after a comma says something about the meeting, not its subject ("…
// antimicrobial resistance, which I will convene on …", "…, which the Vice-President will
// chair,"): a theme is a noun phrase and ends before it.
const RELATIVE_CLAUSE =
  /,\s*(?:which|who|whom|whose|qui|que|lequel|laquelle|lesquels|el cual|la cual|quien|quienes)(?![\p{L}])[\s\S]*$/iu;
// Round 13b: what the meeting follows or coincides with, after a comma, is its occasion ("…
// armed conflict, following the publication of the report", "…, coinciding with the
// anniversary of …", `…, tras la publicación del informe`, `…, à l'occasion de …`).
// Round 19: and who takes part, `…, con la participación del Secretario General`, "…, with the
// participation of …", `…, avec la participation de …`. Round 21: and who presides, "…, under the
// presidency of …", `…, sous la présidence de …`, `…, bajo la presidencia de …`, and who asked
// for it, "…, as requested by …", `…, a petición de …`, `…, tal como había solicitado …`, `…, à la
// demande de …`. Session 14: and what it prepares, "…, in preparation for the … high-level
// meeting", `…, en preparación del foro …`.
const OCCASION_AFTER_COMMA =
  /\s*,\s*(?:under\s+the\s+presidency\s+of|as\s+requested\s+by|at\s+the\s+request\s+of|a\s+(?:petición|pedido|solicitud|instancia)\s+de|tal\s+(?:y\s+)?como|à\s+la\s+demande\s+d|sous\s+la\s+présidence\s+d|bajo\s+la\s+presidencia\s+de|(?:with\s+the|avec\s+la|con\s+la)\s+participa(?:tion|ción)(?=\s+(?:of|de|du|des|d['’]))|following|coinciding\s+with|marking|ahead\s+of|in\s+preparation\s+for|en\s+preparación\s+(?:de|del|para)|en\s+préparation\s+(?:de|du|des)|in\s+the\s+wake\s+of|on\s+the\s+occasion\s+of|tras|después\s+de|coincidiendo\s+con|con\s+ocasión\s+de|à\s+la\s+suite\s+d|après|à\s+l['’]occasion\s+d)(?![\p{L}])[\s\S]*$/iu;
// Round 15a: so is its purpose, an infinitive after a comma ("…, to examine how missions …",
// `…, afin d'examiner …`, `…, para analizar …`).
const PURPOSE_AFTER_COMMA =
  /\s*,\s*(?:(?:in\s+order\s+to|so\s+as\s+to|to\s+(?:examine|discuss|consider|analy[sz]e|review|assess|explore|address)|pour\s+(?:examiner|discuter|analyser|évaluer|étudier)|a\s+fin\s+de|con\s+el\s+(?:fin|objeto|propósito)\s+de|para\s+(?:analizar|examinar|debatir|discutir|considerar|evaluar|estudiar))(?![\p{L}])|afin\s+d(?:e\s|['’]))[\s\S]*$/iu;
// Round 22: an appositive that names the subject again as an issue or a forum and says something
// of it ("…, an issue that member States have raised", `…, une question qui préoccupe …`, `…, foro
// que devuelve …`) is a comment on the theme, not part of it.
const RESTATED_AFTER_COMMA =
  /\s*,\s*(?:(?:an?|une?|una?)\s+)?(?:issue|question|topic|matter|forum|sujet|problème|tema|cuestión|asunto|problema|foro)\s+(?:that|which|whose|qui|que|dont|cuy[oa])(?![\p{L}])[\s\S]*$/iu;
// Round 20: a press summary's reporting clause after the subject ("… peacekeeping reform …,
// Tekeda Alemu (Ethiopia), Council President for the month, said at a press conference today")
// names who spoke, and the meeting's purpose without a comma ("… reform to consider
// recommendations …") is no part of its subject either; only verbs of deliberating, which a
// theme does not end on ("efforts to address …" keeps its infinitive).
const REPORTING_AFTER_COMMA =
  /,\s+[^,()]{2,60}?(?:\s+\([^()]{2,40}\))?(?:,\s+[^,]{2,80}?)?,?\s+(?:said|told|added|noted|announced|confirmed|stated|explained)(?![\p{L}])[\s\S]*$/iu;
const PURPOSE_INFINITIVE = /\s+to\s+(?:consider|examine|discuss)(?![\p{L}])[\s\S]*$/iu;
// A page's title may end on the year it files the note under ("… Open Debate On Children And
// Armed Conflict 2017"): a year after a name, not one a preposition or "Agenda" governs ("by
// 2030", "beyond 2030", "Agenda 2030").
const TITLE_YEAR =
  /(?<=(?<![\p{L}])(?!(?:by|beyond|to|towards|until|in|since|for|of|Agenda|Vision)\s)\p{Lu}\p{L}+)\s+(?:19|20)\d{2}$/u;
// Round 21: a news item's reporting clause after a comma says who told of the meeting ("…
// armed conflict, diplomats said", `…, ont indiqué des diplomates`, `…, según informaron fuentes
// diplomáticas`, `…, anunció el organismo`), not what it is about, in a sentence or a lede read
// as a title line, also after the quotation it closes ("… sobre X", dijo el diplomático).
const REPORTED_AFTER_COMMA =
  /\s*["”»]?\s*,\s*(?:(?:ont|a)\s+(?:indiqué|annoncé|déclaré|précisé|affirmé|confirmé|expliqué|fait\s+savoir)|selon|d['’]après|según|(?:anunció|anunciaron|informó|informaron|indicó|indicaron|dijo|dijeron|señaló|señalaron|precisó|confirmó)|according\s+to|(?:[\p{L}'’-]+\s+){0,5}?(?:said|announced|confirmed|told\s+reporters))(?![\p{L}])[\s\S]*$/iu;
const STARTS_WITH_DATE =
  /^(?:the\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d)/i;

// Round 36h: Spanish news put `próximo` between the article and the day ("sobre el cambio
// climático el próximo 14 de julio").
const WEEKDAY_BEFORE_DATE =
  /(?:\s+(?:on|le|el))?(?:\s+próximo)?(?:\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo),?)?\s*$/iu;

// A parenthesis ends the name ("(New York time)"), but a resolution's year belongs to it, and
// so (round 25a) do the years a decade or a plan runs ("Decade of Healthy Ageing (2021–2030)").
// Round 32a: and so does a name's acronym inside a subject that goes on after it (`acronymInName.ts`).
const ASIDE = new RegExp(
  String.raw`\s*\((?!(?:19|20)\d{2}(?:\s*[–-]\s*(?:19|20)\d{2})?\))(?!${ACRONYM_WITHIN}).*$`,
  'u',
);

function trimSubject(subject: string, titleLine: boolean): string {
  let words = (titleLine ? subject : subject.replace(REPORTING_AFTER_COMMA, ''))
    .replace(ASIDE, '')
    // A span of years is written closed up; a space beside its dash is a PDF's line break.
    .replace(/\(((?:19|20)\d{2})\s*([–-])\s*((?:19|20)\d{2})\)/gu, '($1$2$3)')
    .trim()
    .replace(RELATIVE_CLAUSE, '')
    .replace(NAME_END, '')
    .replace(REPORTED_AFTER_COMMA, '');
  if (!titleLine)
    words = words
      .replace(SENTENCE_END, '')
      .replace(OCCASION_AFTER_COMMA, '')
      .replace(PURPOSE_AFTER_COMMA, '')
      .replace(RESTATED_AFTER_COMMA, '')
      .replace(PURPOSE_INFINITIVE, '')
      // Round w38bt: "… will be among the highlights of …", a second meeting beside the first
      // (cues/amongHighlights.ts).
      .replace(AMONG_HIGHLIGHTS_END, '')
      .replace(SECOND_MEETING_AFTER, '')
      // Round t40b: nor what others made of it (cues/judgedAfterComma.ts).
      .replace(JUDGED_AFTER_COMMA, '');
  // Round t41b: nor the clause after the phrase the meeting was named in (mainClauseAfterComma.ts).
  if (!titleLine) words = withoutMainClause(words);
  else words = withoutTrailingNames(words);
  if (!titleLine) words = withoutRunOn(words);
  const date = findDates(words)[0];
  // The date's weekday goes with it ("… (2023–2033) Mercredi 14 avril 2027", a date line
  // under a title line).
  // Round 31a: and the preposition that set the date off ("… urbanization for March 3rd").
  // Round w36at: with the article of an ordinal date ("… to protect on the 7th of July 2027").
  if (date)
    words = words
      .slice(0, date.index)
      .replace(WEEKDAY_BEFORE_DATE, '')
      .replace(/\s+(?:for|on)(?:\s+the)?\s*$/u, '');
  words = words.replace(/[\s.,;:–—-]+$/, '').trim();
  return withoutBodyLast(words);
}

// Round 13b: a subject may hold a name quoted whole inside it ("the midterm review of the
// International Decade for Action “Water for Sustainable Development”, 2018-2028"); one that
// opens with a quotation mark, or holds half of one, is cut from a quoted theme another cue reads.
function wholeQuotations(words: string): boolean {
  if (/^[“”"«»]/u.test(words)) return false;
  const count = (marks: RegExp): number => (words.match(marks) ?? []).length;
  return count(/"/gu) % 2 === 0 && count(/“/gu) === count(/”/gu) && count(/«/gu) === count(/»/gu);
}

const DOCUMENT_KIND =
  /^(?:concept\s+note|note\s+conceptuelle|note\s+de\s+cadrage|nota\s+conceptual|nota\s+de\s+concepto)$/iu;

// "Concept Note – Arria-formula meeting: X": the note's label before the meeting's name.
const NOTE_LABEL =
  /^(?:concept note|note conceptuelle|note de cadrage|nota conceptual)\s*(?::|\s[–—-])\s*/iu;

const DATED_APPOSITION = /^[^—–]{1,40}\s[—–]\s+([^—–]{8,400}?)\s[—–](?:\s|$)/u;

// Round 21: a date read before a second link ("a briefing on 4 May 2027 focused on X") is the
// meeting's, and the subject follows that link.
const LINK_AFTER_DATE =
  /^\s*,?\s*(?:(?:focus(?:ed|ing)\s+)?(?:on|about)|(?:centrée?s?\s+)?sur|sobre|centrad[oa]s?\s+en)\s+(?=\S)/iu;

function withoutLeadingDate(subject: string): string {
  const date = findDates(subject)[0];
  if (!date || date.index > 4) return subject;
  const link = LINK_AFTER_DATE.exec(subject.slice(date.end));
  return link ? subject.slice(date.end + link[0].length) : subject;
}

/** The subject named after a meeting word, or null when the text names none. */
export function subjectOf(line: string, titleLine: boolean): string | null {
  const subject = namedSubject(line, titleLine);
  if (!titleLine || subject === null) return subject;
  // Round h12t: nor the headline's tail naming what the page holds (cues/titleTextTail.ts).
  // Round t40b: nor the month it is dated, after a comma or dash (cues/monthYearEnd.ts).
  const words = withoutTextTail(withoutMonthYearEnd(subject).replace(TITLE_YEAR, ''));
  return words.length < 4 || DOCUMENT_KIND.test(words) ? null : words;
}

/**
 * A title line's subject with the year it may end on ("… High Level Meeting on Ocean Action
 * 2027"): the theme drops that year (round 20), but `themeInFull.ts` reads it (round 22) as the
 * sign of an event's brand that shortens the meeting's name.
 */
export function titleSubjectWithYear(line: string): string | null {
  return namedSubject(line, true);
}

// Round 25b: a title line may run to 500 characters when the layout takes it for one (a
// Human Rights Council panel's title above "CONCEPT NOTE", layout/NoteLayout.ts), and its
// subject past 250.
const TITLE_LINE_CHARS = 500;

function namedSubject(line: string, titleLine: boolean): string | null {
  if (titleLine && line.length > TITLE_LINE_CHARS) return null;
  const text = titleLine ? line.replace(NOTE_LABEL, '') : line;
  const named = NAMED.exec(text)?.[1];
  const subject =
    (named === undefined ? undefined : withoutLeadingDate(withoutLeadingDay(named))) ??
    (titleLine ? (WILL_DISCUSS.exec(text)?.[1] ?? BODY_THEN_COLON.exec(text)?.[1]) : undefined);
  // Round 18: an event named by its day, then the meeting between dashes ("its signature event
  // on 5 March 2027 — an open debate on X —"): the meeting set off by the dashes names the theme.
  const apposition =
    subject && STARTS_WITH_DATE.test(subject) ? DATED_APPOSITION.exec(subject) : null;
  if (apposition?.[1]) return namedSubject(apposition[1], titleLine);
  if (!subject || STARTS_WITH_DATE.test(subject) || SESSION.test(subject.trim())) return null;
  // Round t41b: "… on the following theme:" ending the sentence names the theme on the next line
  // (cues/followingTheme.ts), not here.
  if (isFollowingThemeAlone(subject)) return null;
  if (titleLine && PROGRAMME_OF_WORK.test(subject)) return null;
  // "Side event on the margins of the 58th session …" says where, not what about.
  if (CIRCUMSTANCE.test(subject)) return null;
  // "Peacebuilding Commission – ambassadorial-level meeting" names the meeting, not its theme.
  if (BARE_MEETING.test(subject.trim())) return null;
  const words = withoutFirstSince(text, trimSubject(subject, titleLine));
  const longest = titleLine ? TITLE_LINE_CHARS : 250;
  if (words.length < 4 || words.length > longest || !wholeQuotations(words)) return null;
  // Round 13b: a running header "Peacebuilding Commission – Concept Note (as of 3 May)" names
  // the body and the document's kind, not a theme.
  if (DOCUMENT_KIND.test(words)) return null;
  return words;
}
