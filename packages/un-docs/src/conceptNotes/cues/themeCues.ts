import { inNoteLanguage } from './bilingualTitle.js';
import { SYMBOL_LINE } from '../../symbols/findSymbol.js';
import { withoutThemeOfSessionAhead } from './aheadOfSession.js';
import { withoutBodyNameTail } from './bodyNameTail.js';
import { withoutCoChairPartner } from './coChairPartner.js';
import { thisTopicHeading } from './thisTopicHeading.js';
import type { NoteLayout } from '../layout/NoteLayout.js';
import { BODY_NAMES } from './bodyNames.js';
import { isBareMeetingKind } from './meetingKinds.js';
import type { Candidate, Cue } from './Candidate.js';
import { QUOTED, quotedWords } from './quoted.js';
import { themed } from './themed.js';
import { quotedTitle, titleSubject } from './titleLineCues.js';
import { heldToday } from './heldToday.js';
import { consideredSubject } from './underConsideration.js';
import { recurringSubject } from './recurringMeeting.js';
import { firstOfMeetings } from './firstOfMeetings.js';
import { listedMeeting } from './listedMeeting.js';
import { headingRunOn } from './headingRunOn.js';
import { namedInFull, themeInFull } from './themeInFull.js';
import { colonTitleInFull } from './colonTitleInFull.js';
import { onTheMargins } from './marginsLine.js';
import { titleLineInFull } from './titleLineInFull.js';
import { acronymSpelledOut } from './acronymSpelledOut.js';
import { themeAfterName } from './themeAfterName.js';

import { subjectOf } from './subjectOf.js';
import { focusSubject } from './themeFocus.js';
import { focusThisYear } from './focusThisYear.js';
import { putBeforeSubject } from './putBefore.js';
import { holdsPartOfOccasion } from './partOfOccasion.js';
import { aboutNumberedPart } from './partOfMeeting.js';
import { mandatedMeetingAt } from './mandateSentence.js';
import { facilitatedProcess } from './themeOfProcess.js';
import { titleBesideKind } from './titleTheme.js';
import { labelledTitle, lineAfterLabel, MEETING_WORD, titleHeading } from './themeHeadingCues.js';
import { inOtherScript } from './skipLink.js';
import { isPageChrome } from '../layout/pageChrome.js';
import { subjectOfOtherMeeting } from './otherMeetingInSentence.js';
import { lowerHalfOfHeadline } from './splitHeadline.js';
import { PROGRESSIVE_CONVENING } from './progressiveConvening.js';
import { subheadingTheme } from './subheadingTheme.js';
import { reportNamedEarlier } from './reportNamedEarlier.js';
import { invitedTitle } from './invitedEvent.js';
import { namesOnlyDocumentKind } from './documentKindSubject.js';
import { preparedMeeting } from './preparedMeeting.js';
import { conceptNoteFor } from './conceptNoteFor.js';
import { proposedMeeting } from './proposedMeeting.js';
import { underEventDateLine } from './eventPageHeadline.js';
import { questionsForMeeting } from './questionsForMeeting.js';
import { countryMeetingSubtitle } from './countryMeetingSubtitle.js';
import { convenedInRelative } from './convenedInRelative.js';
import { restatedInFull } from './restatedInFull.js';
import { thisYearsFocus } from './thisYearsFocus.js';
import { heardBriefing } from './heardBriefing.js';

// Where notes state their theme, surest first: a "Theme:" field; "on the theme “…”"; a
// meeting named with a quotation ("open debate on “…”"); a quoted title line; a title line
// that is itself the theme ("High-level meeting of the General Assembly on X"); the subject
// of the sentence announcing the meeting.

const THEME_LABELS = new Set([
  'theme',
  'topic',
  'title',
  'theme du debat',
  'sujet',
  'titre',
  'tema',
  'titulo',
  'subject',
  'objet',
  'asunto',
  're',
  'focus',
]);
// "Theme of the panel:", "Thème de la réunion :", "Title of the event:", "Event title:".
// Any label that ends in "theme" or "topic" names the theme: "This year's theme:", "Proposed
// topic:", "Thème retenu" is read by its last word, not listed phrase by phrase.
const THEME_OF =
  /^(?:theme|topic|subject|sujet|tema|title|titre|titulo)\s+(?:of|for|de|du|del)\b|\s(?:theme|topic|tema)$|^(?:event|meeting|debate|session|overarching|main|overall|proposed)\s+(?:title|theme|topic)$|^(?:theme|tema)\s+(?:general|central|principal)$/;
// "The theme of the meeting is the protection of …", unquoted, to the end of the sentence.
// Also with up to four words naming the meeting: "The theme of this year's forum is X",
// "The theme for the 2027 session will be X", "Le thème de la réunion est X", "El tema del
// diálogo será X". Round 36h: in a press summary's reported speech too, with what else it is the
// theme of ("the theme of the session, as well as that of the annual general debate, was
// entitled “X”"); a past verb still ranks it below a sentence looking ahead (placed()).
const THEME_IS = new RegExp(
  String.raw`\b(?:the\s+|le\s+|el\s+)?(?:theme|topic|focus|thème|tema)\s+(?:of|for|de|du|del)\s+(?:[\p{L}\d'’-]+\s+){0,3}?(?:${MEETING_WORD}|forum|foro|open debate|Arria-formula meeting)(?:,\s+as\s+well\s+as\s+[^,]{3,80},|,\s+ainsi\s+que\s+[^,]{3,80},|,\s+así\s+como\s+[^,]{3,80},)?\s+(?:is|will be|was|est|sera|était|es|será|era)(?:\s+(?:entitled|titled|intitulée?|titulad[oa]))?\s+(.{4,250}?)\.?$`,
  'iu',
);
// Round 17: the theme named first and given after "namely" (`à savoir`, `a saber`), to the
// sentence's end: "the priority theme of the session, namely women's economic security …",
// "the theme chosen by the Council for 2027, namely the right to education …".
const THEME_NAMELY =
  /(?<![\p{L}])(?:theme|thème|tema|topic)(?![\p{L}])[^.;:“”"«»]{0,80}?,\s*(?:namely|that is|à savoir|c['’]est-à-dire|a saber|es decir)\s+(.{4,250}?)\.?$/iu;

const themeNamely: Cue<string> = ({ sentences }) =>
  sentences.flatMap(({ text }) => {
    const words = THEME_NAMELY.exec(text)?.[1];
    return words ? [themed(words, placed(0.8, text), text, 'themeNamely')] : [];
  });

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
const SESSION_THEME_IS = String.raw`\s+(?:of|for|de|du|del)\s+(?:the\s+|la\s+|el\s+)?[^“”"«».;]{0,40}?(?<![\p{L}])(?:session|período\s+de\s+sesiones)\s+(?:of|de|del)\s+(?:the\s+|l['’]|la\s+)?(?:${BODY_NAMES.map(([, pattern]) => pattern.source).join('|')})(?:\s+(?:des\s+Nations\s+Unies|de\s+las\s+Naciones\s+Unidas|of\s+the\s+United\s+Nations))?\s+(?:is|will\s+be|est|sera|es|será)\s*`;
const ON_THE_THEME = new RegExp(
  String.raw`\b(?:themed?|thème|tema|topic|lema|motto)\b(?:(?![^“”"«»]{0,30}?(?<![\p{L}])(?:that|which|qui|que)(?![\p{L}]))[^“”"«»]{0,30}?|\s+(?:of|du|de\s+la|de\s+l['’]|del)\s+(?:the\s+)?(?:${BODY_NAMES.map(([, pattern]) => pattern.source).join('|')})\s*|${SESSION_THEME_IS}|[^“”"«».;]{0,200}?[,:]\s*)${QUOTED}`,
  'iu',
);
// Round 13b: also with the title set off by commas ("The day-long session, titled “…”, will
// consider", `La session, intitulée « … », examinera`).
const MEETING_QUOTED = new RegExp(
  String.raw`${MEETING_WORD}(?:(?:\s+[\p{L}'’-]+){0,5}?\s+(?:on|entitled|titled|sur|sobre|intitulée?|titulad[oa])|,\s*(?:entitled|titled|intitulée?|titulad[oa]))?\s*:?\s*${QUOTED}`,
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
// Also a meeting "to be held" or "to take place" on its day: the passive and the infinitive
// look forward as the active does ("the list of speakers for the high-level meeting on X to
// be held on Thursday, 1 October"); round 15b: so does the passive future ("A special meeting on
// X will be convened by …", `sera organisée par`, `será convocada por`); round 18: and "will take
// place" in French and Spanish (`aura lieu`, `se déroulera`, `tendrá lugar`); round 19: and a
// meeting a future copula introduces ("The highlight will be an open debate on X", `Le temps fort
// du mois sera un débat public sur X`, `será un debate abierto sobre X`); round 20: and one
// someone will preside over or chair, or a press summary's reported "would hold"; round 22: and a
// month's programme that "will feature" or "will be marked by" one (`sera notamment marqué par un
// débat`, `incluirá un debate abierto`), its day set off by commas before its subject
// (`subjectOf.ts`).
// Round 21: `realizará` holds a meeting as `celebrará` does ("El Consejo de Seguridad realizará una
// reunión especial sobre …"), and whoever will preside over it announces it in French and
// Spanish too (`presidirá`, `présidera`). Round 30: and in the progressive ("The President will
// be holding his High-Level Meeting on …").
// Round 31b: and in the present progressive ("are jointly convening", cues/progressiveConvening.ts).
// Round 31a: and a letter's "I have (therefore) scheduled" (meetingWords.ts, FUTURE).
const ANNOUNCES = new RegExp(
  String.raw`\b(?:will|intends? to|to)\s+(?:co-?)?(?:convene|hold|organi[sz]e|host|preside\s+over|chair)\b|\b(?:I|we)\s+have\s+(?:therefore\s+|also\s+|now\s+|already\s+)?(?:scheduled|planned)\b|\bwould\s+(?:convene|hold|host)\b|\bwill\s+be\s+(?:co-?)?(?:convening|holding|hosting|organi[sz]ing)\b|\b(?:to|will)\s+(?:be\s+(?:held|convened|organi[sz]ed|hosted)|take\s+place)\b|(?<![\p{L}])(?:sera|seront)\s+(?:tenue?s?|convoquée?s?|organisée?s?)(?![\p{L}])|(?<![\p{L}])será\s+(?:celebrad[oa]|convocad[oa]|organizad[oa])(?![\p{L}])|\b(?:convoquer(?:a|ont)|(?:co-?)?organiser(?:a|ont)|tiendr(?:a|ont)|convocar(?:á|án)|(?:co-?)?organizar(?:á|án)|celebrar(?:á|án)|realizar(?:á|án)|presidir(?:á|án)|présider(?:a|ont))(?![\p{L}])|(?<![\p{L}])(?:aur(?:a|ont)\s+lieu|se\s+déroulera|tendrá(?:n)?\s+lugar|se\s+realizará)(?![\p{L}])|(?<![\p{L}])(?:will\s+be\s+an?|sera\s+une?|será\s+una?|will\s+(?:feature|include|be\s+marked\s+by)\s+an?|(?:sera|seront)\s+(?:notamment\s+)?marquée?s?\s+par\s+une?|comprendra\s+une?|incluirá\s+una?|estará\s+marcad[oa]\s+por\s+una?)\s+(?:[\p{L}-]+\s+){0,3}?(?:open\s+debate|debate|débat|meeting|réunion|reunión|briefing|dialogue|diálogo)(?![\p{L}])|(?<![\p{L}])${PROGRESSIVE_CONVENING}(?![\p{L}])`,
  'iu',
);

// "Subject: Arria-formula meeting on X" (an e-mail's subject line): the theme is X. A
// forward's subject ("FW:", "Fwd:", "TR:", "RV:") names the message by its meeting; the
// forwarded note's own title lines, read as an annex's, name the theme more surely.
const FORWARD_SUBJECT = /^(?:fwd?|tr|rv|wg)\s*:/iu;

const themeField: Cue<string> = ({ layout }) =>
  layout.flatMap(({ field, text }) => {
    if (!field || !(THEME_LABELS.has(field.label) || THEME_OF.test(field.label))) return [];
    const mailSubject = /^(?:subject|objet|asunto|re)$/.test(field.label);
    const forward = mailSubject && FORWARD_SUBJECT.test(field.value);
    const value = forward ? field.value.replace(FORWARD_SUBJECT, '').trim() : field.value;
    // Round 32a: a subject naming only the document's kind and the body is no theme.
    if (mailSubject && namesOnlyDocumentKind(value)) return [];
    const named = mailSubject && /^[^“"«]*$/u.test(value) ? subjectOf(value, true) : null;
    // Round 13b: a message's subject line is a short label for it; the invitation's own
    // quotation of its title ("an Arria-formula meeting on" / "“X”") names the theme more surely.
    // Session 11: below the review form's 0.6, so it is highlighted: on the third to seventh
    // holdouts as read before tuning, every theme taken from a subject line was wrong (5 of 5).
    // Round 31b: a "Focus:" line narrows the subject a title line names ("Biennial panel
    // discussion on the right to privacy in the digital age" / "Focus: neurotechnology, …"), by
    // the convention "a theme named twice is taken where it is named in full": just below a
    // title line's subject (0.58), above a sentence's; alone, it is still the theme.
    const confidence = forward ? 0.56 : mailSubject ? 0.58 : field.label === 'focus' ? 0.57 : 0.95;
    return [themed(named ?? value, confidence, text, 'themeField')];
  });

// Round 17: a line holding only the word "Theme" (`Thème`, `Tema`, "Topic"), as a heading, sets
// the theme on the next line ("Theme" / "Sustainable fisheries and the livelihoods of …"): a
// field whose label stands above its value.
const THEME_HEADING = /^(?:theme|theme du debat|topic|tema)\s*:?$/u;

const themeUnderHeading: Cue<string> = ({ layout }) =>
  layout.flatMap(({ text }, index) => {
    const label = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
    const next = layout[index + 1];
    if (!THEME_HEADING.test(label) || !next || next.field !== null) return [];
    const value = next.text.trim();
    if (value.length < 8 || value.length > 250 || /[:;]$/u.test(value)) return [];
    return [themed(value, 0.9, `${text} ${value}`, 'themeUnderHeading')];
  });

// The background often recalls earlier meetings and their themes; a theme told in the past
// ("the open debate on “…” held in 2019") is history, not this meeting's.
// "the high-level political forum held under its auspices" describes a standing forum.
const PAST =
  /\bheld\b(?!\s+under\s+(?:its|the)\s+auspices)|\b(?:was|were|took place|convened on|hosted|organized in|organised in|previous|last year|tenu|tenue|a eu lieu|celebrado|celebrada|se celebró)\b|\b(?:in|en)\s+(?:19|20)\d{2}\b/iu;

// "will be held", "is to be held" look ahead even though "held" is in them.
const AHEAD = /\b(?:will|shall|is to|are to|to be)\s+(?:be\s+)?(?:held|hosted|convened)\b/i;

function placed(confidence: number, sentence: string): number {
  return PAST.test(sentence) && !ANNOUNCES.test(sentence) && !AHEAD.test(sentence)
    ? 0.45
    : confidence;
}

// Round w37bt: a meeting held "under the title “X”" (`sous le titre « X »`, `bajo el título «X»`)
// is named so as one held "under the theme" is.
const UNDER_TITLE = new RegExp(
  String.raw`(?<![\p{L}])(?:under\s+the\s+title|sous\s+le\s+titre|bajo\s+el\s+título)\s*:?\s*${QUOTED}`,
  'iu',
);

const onTheTheme: Cue<string> = ({ sentences }) =>
  sentences.flatMap(({ text }) => {
    const words = quotedWords(ON_THE_THEME.exec(text) ?? UNDER_TITLE.exec(text));
    return words ? [themed(words, placed(0.9, text), text, 'onTheTheme')] : [];
  });

const themeIs: Cue<string> = ({ sentences }) =>
  sentences.flatMap(({ text }) => {
    const words = THEME_IS.exec(text)?.[1];
    return words ? [themed(words, placed(0.8, text), text, 'themeIs')] : [];
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

const entitledAfterItem: Cue<string> = ({ sentences }) =>
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

const meetingQuoted: Cue<string> = ({ sentences }) =>
  sentences.flatMap(({ text }) => {
    if (FURTHER_MEETING.test(text)) return [];
    const match = MEETING_QUOTED.exec(text);
    if (match && AGENDA_ITEM.test(match[0])) return [];
    const words = quotedWords(match);
    return words ? [themed(words, placed(0.8, text), text, 'meetingQuoted')] : [];
  });

const purposeQuoted: Cue<string> = ({ sentences }) =>
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

const quotedLineAfterMeeting: Cue<string> = ({ layout }) =>
  layout.flatMap(({ text }, index) => {
    const next = layout[index + 1]?.text ?? '';
    const names = ENDS_ON_LINK.test(text) || isBareMeetingKind(text);
    const words = names ? quotedWords(OPENS_LINE.exec(next.trim())) : null;
    return words
      ? [themed(words, placed(0.8, text), `${text} ${next}`, 'quotedLineAfterMeeting')]
      : [];
  });

// Round 20: the meeting named after the verb that announces it, not one named before it in the
// sentence ("Briefing reporters on the program of work, Woodward said … will preside over an
// open debate on climate security").
const announcedSubject: Cue<string> = ({ sentences }) =>
  sentences.flatMap(({ text }) => {
    const verb = ANNOUNCES.exec(text);
    // Round 33: or the meeting a recalled mandate names ("the Council requested the organization
    // of an intersessional seminar on X", cues/mandateSentence.ts).
    const mandated = verb ? -1 : mandatedMeetingAt(text);
    const at = verb ? verb.index : mandated;
    const subject =
      at >= 0 ? (subjectOf(text.slice(at), false) ?? (verb ? subjectOf(text, false) : null)) : null;
    return subject ? [themed(subject, 0.5, text, 'announcedSubject')] : [];
  });

export const THEME_CUES: readonly Cue<string>[] = [
  themeField,
  thisTopicHeading,
  themeUnderHeading,
  onTheTheme,
  thisYearsFocus,
  themeIs,
  themeNamely,
  entitledAfterItem,
  meetingQuoted,
  quotedLineAfterMeeting,
  quotedTitle,
  titleSubject,
  countryMeetingSubtitle,
  headingRunOn,
  themeInFull,
  themeAfterName,
  titleBesideKind,
  titleHeading,
  labelledTitle,
  lineAfterLabel,
  announcedSubject,
  heardBriefing,
  conceptNoteFor,
  proposedMeeting,
  subheadingTheme,
  firstOfMeetings,
  listedMeeting,
  heldToday,
  consideredSubject,
  purposeQuoted,
  recurringSubject,
  focusSubject,
  focusThisYear,
  putBeforeSubject,
  facilitatedProcess,
  invitedTitle,
  preparedMeeting,
  questionsForMeeting,
  convenedInRelative,
];

export function themeCandidates(
  note: NoteLayout,
  format: string | null = null,
): Candidate<string>[] {
  // Round 28: a theme stays in the note's language, so a line in another script than the text's
  // Latin letters (a mirror's skip link, cues/skipLink.ts) is none.
  // Round 31c: nor is the subject of a meeting held during the session or segment announced
  // (cues/partOfOccasion.ts).
  const whole = note.blocks.join(' ');
  // Round w36ct: nor the theme of a session the meeting is held ahead of (aheadOfSession.ts), nor
  // the end of a body's name (bodyNameTail.ts).
  const cued = withoutBodyNameTail(
    withoutThemeOfSessionAhead(
      THEME_CUES.flatMap((cue) => cue(note)),
      whole,
    ),
  );
  // Round w37at: a title in two languages gives the half in the note's (bilingualTitle.ts).
  const read = inNoteLanguage(cued, whole).filter(
    ({ value, source }) =>
      !inOtherScript(value, whole) &&
      // Round 36h (decided in session 15): nor is a line of the page's chrome (layout/pageChrome.ts).
      !isPageChrome(value) &&
      // Round w37at: nor a document's symbol alone, a heading in a Markdown export ("## A/81/640").
      !SYMBOL_LINE.test(value.trim()) &&
      !holdsPartOfOccasion(source, format) &&
      // Round 33: nor is a numbered part's (cues/partOfMeeting.ts).
      !aboutNumberedPart(source, format) &&
      // Round 35h: nor the occasion's, from a line naming its margins (cues/marginsLine.ts).
      !onTheMargins(source, value) &&
      // Round 36h: nor another meeting's the sentence names (cues/otherMeetingInSentence.ts).
      !subjectOfOtherMeeting(source, value, format),
  );
  // Round 31e: a meeting "on the report" takes the report's name in full (reportNamedEarlier.ts).
  // Session 14: a title's acronym is spelled out as the text spells it (acronymSpelledOut.ts),
  // and a title line naming no meeting gives way to the sentence naming it in full
  // (titleLineInFull.ts).
  // Round w36ct: a co-chair named after the subject is none of it (coChairPartner.ts).
  const inFull = titleLineInFull(
    acronymSpelledOut(
      reportNamedEarlier(withoutCoChairPartner(read), note.sentences),
      note.sentences,
    ),
  );
  // Round 35h: a headline's subject cut at a colon is named in full by a sentence (colonTitleInFull.ts).
  // Round 36h: and a later sentence opening on the meeting may name it in full (restatedInFull.ts).
  return namedInFull(
    restatedInFull(colonTitleInFull(inFull, note.sentences), note.sentences),
    (source) =>
      ANNOUNCES.test(source) ||
      lowerHalfOfHeadline(note, source) ||
      // Round w36at: an events calendar's headline under its date line (cues/eventPageHeadline.ts).
      underEventDateLine(note, source),
  );
}
