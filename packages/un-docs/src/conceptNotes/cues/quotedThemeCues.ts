// Themes the note quotes: "on the theme “X”", a meeting "entitled “X”", a purpose quoted, a
// quoted line below the sentence naming the meeting (split out of themeCues.ts).
import type { Cue } from './Candidate.js';
import { BODY_NAMES } from './bodyNames.js';
import { isBareMeetingKind } from './meetingKinds.js';
import { QUOTED, quotedWords } from './quoted.js';
import { themed } from './themed.js';
import { MEETING_WORD } from './themeHeadingCues.js';
import { placed } from './themePlaced.js';
import { isSubTheme, SUB_THEME_CONFIDENCE } from './subTheme.js';

// "on the theme “…”"; or the theme named first and quoted after a comma or colon: "the
// overarching theme of the eighty-first session, as announced by the President, “…”", "the
// main theme that the Council adopted for its 2027 session: “…”" (within one sentence).
// Round 19: the theme may be named with the body whose theme it is ("under the annual theme of
// the Economic and Social Council “…”", `bajo el tema del Consejo Económico y Social «…»`).
// Round 22: the Spanish `bajo el lema «…»` and the English "under the motto" name it as "theme" does.
// Round 32a: a theme word a relative clause follows quotes what is said of a subject (`es un tema
// que “nos compromete a todos”`, `un thème qui « préoccupe … »`), not its name.
// Round 31f: or named as the theme of a session of a body, then "is" (`Le thème de la 72ème
// session de l'Assemblée générale des Nations Unies est « … »`, "The theme of the eighty-fifth
// session of the General Assembly is “…”"): decided at round 31c's merge, a session's theme a
// text quotes is the theme of the general debate it announces in that session.
// Round ruar: `на тему «…»`, `по теме «…»`, `под названием «…»`, `Тема: «…»`; `بعنوان «…»`,
// `الموضوع: «…»`, `تحت شعار «…»` (Arabic joins `ب` to `عنوان`, so no boundary stands before it).
const RU_AR_THEME = String.raw`(?<![\p{L}])(?:тем[аеуы]|названием)(?![\p{L}])|(?<![\p{L}])(?:[وف]?ب?عنوان|(?:ال)?موضوع|شعار)(?![\p{L}])`;
const SESSION_THEME_IS = String.raw`\s+(?:of|for|de|du|del)\s+(?:the\s+|la\s+|el\s+)?[^“”"«».;]{0,40}?(?<![\p{L}])(?:session|período\s+de\s+sesiones)\s+(?:of|de|del)\s+(?:the\s+|l['’]|la\s+)?(?:${BODY_NAMES.map(([, pattern]) => pattern.source).join('|')})(?:\s+(?:des\s+Nations\s+Unies|de\s+las\s+Naciones\s+Unidas|of\s+the\s+United\s+Nations))?\s+(?:is|will\s+be|est|sera|es|será)\s*`;
const ON_THE_THEME = new RegExp(
  String.raw`(?:\b(?:themed?|thème|tema|topic|lema|motto)\b|${RU_AR_THEME})(?:(?![^“”"«»]{0,30}?(?<![\p{L}])(?:that|which|qui|que)(?![\p{L}]))[^“”"«»]{0,30}?|\s+(?:of|du|de\s+la|de\s+l['’]|del)\s+(?:the\s+)?(?:${BODY_NAMES.map(([, pattern]) => pattern.source).join('|')})\s*|${SESSION_THEME_IS}|[^“”"«».;]{0,200}?[,:]\s*)${QUOTED}`,
  'iu',
);
// Round 13b: also with the title set off by commas ("The day-long session, titled “…”, will
// consider", `La session, intitulée « … », examinera`).
// Round h14t: or "devoted to" it (`consacré à « … »`, `dedicado a «…»`, "dedicated to “…”").
const DEVOTED_TO = String.raw`(?:devoted|dedicated)\s+to|consacrée?s?\s+(?:à|aux?)|dedicad[oa]s?\s+a`;
const MEETING_QUOTED = new RegExp(
  String.raw`${MEETING_WORD}(?:(?:\s+[\p{L}'’-]+){0,5}?\s+(?:on|entitled|titled|sur|sobre|intitulée?|titulad[oa]|${DEVOTED_TO})|,\s*(?:entitled|titled|intitulée?|titulad[oa]))?\s*:?\s*${QUOTED}`,
  'iu',
);
// Round 13a: the meeting's purpose quoted ("The purpose of the meeting is “to discuss …”", `La
// convocatoria tiene como propósito “Discutir …”`, `La réunion a pour objet « … »`): the words
// the organizers gave the meeting, when no title or theme names it.
const PURPOSE_QUOTED = new RegExp(
  String.raw`\b(?:purpose|aim|objective|propósito|objetivo|finalidad|objet|but)\b[^“”"«».;]{0,60}?${QUOTED}`,
  'iu',
);
const OF_A_MEETING = new RegExp(String.raw`${MEETING_WORD}|convocatoria|convocation`, 'iu');
// Round w37bt: a meeting held "under the title “X”" (`sous le titre « X »`, `bajo el título «X»`)
// is named so as one held "under the theme" is.
const UNDER_TITLE = new RegExp(
  String.raw`(?<![\p{L}])(?:under\s+the\s+title|sous\s+le\s+titre|bajo\s+el\s+título)\s*:?\s*${QUOTED}`,
  'iu',
);

export const onTheTheme: Cue<string> = ({ sentences }) =>
  sentences.flatMap(({ text }) => {
    const match = ON_THE_THEME.exec(text) ?? UNDER_TITLE.exec(text);
    const words = quotedWords(match);
    // Round t42b: a sub-theme's quotation is a weak candidate only (subTheme.ts).
    const confidence =
      match && isSubTheme(text, match.index) ? SUB_THEME_CONFIDENCE : placed(0.9, text);
    return words ? [themed(words, confidence, text, 'onTheTheme')] : [];
  });

// Round 18: a meeting announced as a further one ("The Council will further hold a signature
// event on “…”", `tiendra également`, `también celebrará`; round 20: "There will also be
// debates on “…”") is another meeting than the note's: its quoted title is not the note's theme.
const FURTHER_MEETING =
  /(?<![\p{L}])(?:will\s+(?:further|also)\s+(?:hold|convene|host|organi[sz]e)|there\s+will\s+also\s+be|tiendr(?:a|ont)\s+(?:également|aussi)|(?:también|además)\s+(?:celebrará|convocará|organizará)|celebrará\s+(?:también|además))(?![\p{L}])/iu;

// Round 20: a meeting named by its agenda item, then the title it is given ("its annual open
// debate on Women, Peace and Security entitled “Promoting the Implementation …”"): the title,
// named in full, is its theme, not the item a headline repeats.
const ENTITLED_AFTER_ITEM = new RegExp(
  String.raw`${MEETING_WORD}\s+(?:on|sur|sobre)\s+[^“”"«».;]{1,80}?,?\s+(?:entitled|titled|intitulée?|titulad[oa])\s*:?\s*${QUOTED}`,
  'iu',
);

export const entitledAfterItem: Cue<string> = ({ sentences }) =>
  sentences.flatMap(({ text }) => {
    if (FURTHER_MEETING.test(text)) return [];
    const words = quotedWords(ENTITLED_AFTER_ITEM.exec(text));
    return words ? [themed(words, placed(0.9, text), text, 'entitledAfterItem')] : [];
  });

// Round 30 (decided at round 28's merge: an agenda item quoted beside a meeting is no theme): a
// debate held "under the agenda items on “…”" (`au titre du point de l'ordre du jour intitulé
// « … »`, `en relación con el tema del programa titulado “…”`) quotes the items, not its theme.
const AGENDA_ITEM =
  /(?<![\p{L}])(?:agenda\s+items?|points?\s+de\s+l['’]ordre\s+du\s+jour|temas?\s+del\s+programa)(?![\p{L}])/iu;

export const meetingQuoted: Cue<string> = ({ sentences }) =>
  sentences.flatMap(({ text }) => {
    if (FURTHER_MEETING.test(text)) return [];
    const match = MEETING_QUOTED.exec(text);
    if (match && AGENDA_ITEM.test(match[0])) return [];
    const words = quotedWords(match);
    return words ? [themed(words, placed(0.8, text), text, 'meetingQuoted')] : [];
  });

export const purposeQuoted: Cue<string> = ({ sentences }) =>
  sentences.flatMap(({ text }) => {
    const match = PURPOSE_QUOTED.exec(text);
    const ofMeeting = match !== null && OF_A_MEETING.test(text.slice(0, match.index + 60));
    const words = ofMeeting ? quotedWords(match) : null;
    return words ? [themed(words, placed(0.6, text), text, 'purposeQuoted')] : [];
  });

// Round 13b: a sentence that names a meeting and ends on its link ("… to an Arria-formula
// meeting of the Security Council on", `… a una reunión con arreglo a la fórmula Arria sobre`)
// sets its title off on the next line, in quotation marks.
const ENDS_ON_LINK = new RegExp(
  String.raw`${MEETING_WORD}(?:\s+[^.;]{0,80}?)?\s+(?:on|entitled|titled|sur|sobre|intitulée?|titulad[oa])\s*:?$`,
  'iu',
);

// Round 15a: so does a line naming only the meeting's kind ("Diálogo interactivo informal del
// Consejo Económico y Social" / "«…»"), wherever it stands: an e-mail's note below its cover
// message opens that way, under a subject line that names the meeting more shortly.
// Round 25b: the sentence may go on below the quoted line ("… entitled" / "“X”" / "which will
// take place on …"), which then joins it as a sentence's middle: a quotation opening the line,
// followed by words in lower case, is the title too.
const OPENS_LINE = new RegExp(String.raw`^${QUOTED}(?=\s*$|\s*,?\s+\p{Ll})`, 'u');

export const quotedLineAfterMeeting: Cue<string> = ({ layout }) =>
  layout.flatMap(({ text }, index) => {
    const next = layout[index + 1]?.text ?? '';
    const names = ENDS_ON_LINK.test(text) || isBareMeetingKind(text);
    const words = names ? quotedWords(OPENS_LINE.exec(next.trim())) : null;
    return words
      ? [themed(words, placed(0.8, text), `${text} ${next}`, 'quotedLineAfterMeeting')]
      : [];
  });
