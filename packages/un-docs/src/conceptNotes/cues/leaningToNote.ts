import { findDates } from '../../dates/findDates.js';
import { isHeading } from '../../text/splitBlocks.js';
import {
  GATHERING,
  answersQuestions,
  isTimetable,
  lettersPastMeeting,
  recordsMeeting,
  reportsSpeakers,
} from '../meetingAhead.js';
import { looksAhead, recordsPast } from '../sentenceTense.js';
import { MEETING_WORD } from '../meetingWords.js';
import type { NoteText } from '../NoteText.js';
import { deliveredStatement } from './deliveredStatement.js';
import { givesSpeakingLimit } from './takingPart.js';
import { leadAnnouncesMeeting } from './leadAnnounces.js';
import { themeOfMeetingBefore } from './themeOfMeeting.js';
import { isBareMeetingKind } from './meetingKinds.js';
import { meetingAfterItsDay } from './meetingAfterItsDay.js';
import { namesRelativeDay } from './dayFromItsOwn.js';
import { meetsAsBody } from './meetingVerb.js';
import { isMeetingNumberLine } from './meetingNumberLine.js';

// Round 34k: the kind decision leans towards a partial import. The rules before it imported a
// text on positive evidence of a note (a title, points for a meeting, a dated meeting in a known
// format, a layout announcing one) and refused the rest: read before tuning, the third to eighth
// holdouts were never imported when they should have been refused (0 of 12), but were refused 14
// times of 132 when they should have been imported, each in a shape no cue had seen. So a text
// the other rules refuse is still imported, as a partial note with its fields to check, when it
// names one meeting with its subject or its day and is positively nothing else: no record of a
// meeting held or of what speakers said, no statement as delivered, no timetable or list of
// meetings, no FAQ or explainer (a report with its numbered paragraphs is decided before). Points
// with a meeting in view already make a note; points with none (a policy brief's questions) do
// not.

// A meeting of any kind, even a bare one, in the three languages: what MEETING_WORD and the
// gatherings name, and a segment (`segmento`).
const ANY_MEETING = new RegExp(
  String.raw`${MEETING_WORD.source}|${GATHERING.source}|(?<![\p{L}])segment(?:o|s|os)?(?![\p{L}])`,
  'giu',
);
const NAMES_MEETING = new RegExp(ANY_MEETING.source, 'iu');

// What follows the meeting's name when it gives its subject: "on", "about", `sur`, `consacrée
// à`, `sobre`, `dedicado a`, after at most four words naming its body or level ("meeting of the
// Security Council on"; five or more let a second holdout's text to refuse in, measured), or a
// colon or dash before its title ("Evento: Mujeres rurales …").
// Round w37bt: or the purpose it is held for, which names its subject ("Informal meeting of the
// plenary to hear a briefing by …", `réunion informelle … pour entendre un exposé de …`, `sesión
// … para escuchar una exposición de …`, "to discuss", `pour examiner`, `para examinar`).
// Round t39a: and in Arabic, whose words may carry their vowel marks (`نقاشًا فصليًا مفتوحًا
// حول القضية الفلسطينية`): `حول`, `بشأن` ("on", "about").
// Session 25: and in Russian (`заседание Совета Безопасности по Украине`, `дебаты о …`, `на тему`,
// `посвященное …`).
// Session 27 (round t42k): or a verb saying what it will focus on or take up (`جلسة مجلس الأمن تركز
// على …`, `تتناول`, `se centrará en`; "will focus on", `portera sur` end on "on", `sur`).
/** Verbs saying what a meeting focuses on or takes up, in Arabic and Spanish, as a regex source. */
export const FOCUS_AR = String.raw`(?:س?[تي])(?:ركز\s+على|تناول)`;
const FOCUS = String.raw`${FOCUS_AR}|se\s+centrar(?:á|án)?\s+en`;
const PURPOSE = String.raw`to\s+(?:hear|discuss|consider|examine|commemorate)|pour\s+(?:entendre|examiner|débattre\s+de|commémorer)|para\s+(?:escuchar|examinar|debatir|conmemorar)`;
const SUBJECT = new RegExp(
  String.raw`^\s*(?:[:–—-]\s*\p{L}|(?:[\p{L}\p{M}\d'’,،-]+\s+){0,4}?(?:on|about|sur|consacr[ée]e?s?\s+(?:à|aux?)|sobre|acerca\s+de|dedicad[oa]s?\s+a|حول|بشأن|по|об?|на\s+тему|посвящ\p{L}*|${FOCUS}|${PURPOSE})(?![\p{L}]))`,
  'iu',
);

// An explainer's title asks what a kind of meeting is ("What is an Arria-formula meeting?",
// `Qu'est-ce qu'une réunion selon la formule Arria ?`, `¿Qué es una reunión con arreglo a la
// fórmula Arria?`), an FAQ's heading says what it is: either describes a practice, announcing no
// meeting, whether or not its questions are each answered in the next paragraph.
// Session 25: "What is" asks what a thing is, not what is being done at an event ("What is being
// discussed?", "What is expected?", an event page's section headings over its answers): a
// participle or an adverb after it asks about the event the page announces.
const EXPLAINER =
  /^(?:what\s+(?:is|are)(?!\s+(?:being|going|\p{L}+ed|\p{L}+ing|on|at|in|ahead|next|planned|new)(?![\p{L}]))|how\s+(?:do|does)|qu['’]est-ce\s+qu|¿\s*qu[ée]\s+(?:es|son))(?![\p{L}])|^(?:frequently\s+asked\s+questions|FAQs?|foire\s+aux\s+questions|questions\s+fréquentes|preguntas\s+frecuentes)\s*$/iu;

// A meetings-coverage release opens on the meeting it covers, by its number and sitting ("9571e
// séance – matin", "9571st meeting (AM)", `9571ª sesión – mañana`): a record.
const COVERAGE_LINE = /^\d+\s*(?:e|st|nd|rd|th|ª|a)?\s+(?:séance|meeting|sesión)\s*(?:[–—-]|\()/iu;
const COVERAGE_HEAD = 3;
// Or a heading calls the text a record ("Compte rendu de séance", "Summary record", "Meetings
// coverage", `Acta resumida`, `Reseña de la sesión`).
const RECORD_HEADING =
  /^(?:compte[-\s]rendu|summary\s+record|meetings?\s+coverage|press\s+release|communiqué\s+de\s+presse|comunicado\s+de\s+prensa|acta|reseña|chair['’]s\s+summary|résumé\s+d)(?![\p{L}])/iu;

// Blocks naming a meeting on a day of their own, on this many different days: a list of meetings
// (a mission's "upcoming meetings", a digest), not the note of one.
const LISTED_DAYS = 3;

// Words naming one meeting in the plural: a round of consultations or negotiations, hearings.
const ONE_IN_PLURAL =
  /^(?:consultations|negotiations|hearings|talks|deliberations|négociations|consultas|negociaciones|audiencias)$/iu;

/**
 * One meeting (not "such meetings") named with its subject, with a full date or (round 35p,
 * cues/takingPart.ts) with the speakers' limit, not as past. Session 25: a sentence looking ahead
 * to a meeting on a day names it whether or not the day has its year, and so do the words naming
 * one meeting in the plural ("The co-facilitators will convene informal consultations … on
 * Thursday, 28 April, at 3 p.m."); meetings ("the country-specific meetings … to be held on 12 and
 * 13 October") and a practice ("such meetings may be held") are several.
 */
function namesOneMeeting(sentence: string): boolean {
  // Round t43k: a coverage release's meeting number and sitting (`1ère séance - après-midi`) labels
  // the meeting it records; its part of the day after the dash is no subject (meetingNumberLine.ts).
  if (recordsPast(sentence) || isMeetingNumberLine(sentence)) return false;
  const days = findDates(sentence);
  // Session 27: a weekday, today or tomorrow places it as a date does (cues/dayFromItsOwn.ts), and
  // a body's verb of meeting on such a day names it (cues/meetingVerb.ts).
  const dayAhead = looksAhead(sentence) && (days.length > 0 || namesRelativeDay(sentence));
  if (dayAhead && meetsAsBody(sentence)) return true;
  const dated =
    dayAhead || days.some(({ iso }) => iso.length === 10) || givesSpeakingLimit(sentence);
  return [...sentence.matchAll(ANY_MEETING)].some(
    (match) =>
      (!/s$/iu.test(match[0]) || (dayAhead && ONE_IN_PLURAL.test(match[0]))) &&
      (dated ||
        SUBJECT.test(sentence.slice(match.index + match[0].length)) ||
        // Session 25: or the sentence gives the theme of it (cues/themeOfMeeting.ts).
        themeOfMeetingBefore(sentence.slice(0, match.index))),
  );
}

/** Blocks each naming a meeting on its own day, on three days or more: a list of meetings. */
function listsMeetings({ blocks }: NoteText): boolean {
  const days = new Set(
    blocks.flatMap((block) => {
      if (!NAMES_MEETING.test(block)) return [];
      const days = findDates(block).filter(({ iso }) => iso.length === 10);
      return days.length === 1 ? days.map(({ iso }) => iso) : [];
    }),
  );
  return days.size >= LISTED_DAYS;
}

function explains({ blocks }: NoteText): boolean {
  return blocks.some(
    (block) => (isHeading(block) || /[?？؟]$/u.test(block)) && EXPLAINER.test(block),
  );
}

/** A record of what was said: a coverage release's or a record's heading, or speakers reported in the past. */
function recordsSpeech(note: NoteText): boolean {
  const { blocks, sentences } = note;
  return (
    blocks.slice(0, COVERAGE_HEAD).some((block) => COVERAGE_LINE.test(block)) ||
    blocks.some((block) => isHeading(block) && RECORD_HEADING.test(block)) ||
    // Session 25: a news item quoting its sources under a lead announcing the meeting ahead
    // reports no meeting's speakers (cues/leadAnnounces.ts).
    (sentences.some(({ text }) => reportsSpeakers(text)) && !leadAnnouncesMeeting(note))
  );
}

/**
 * Positive evidence that the text is of another kind than a meeting's note, in the words the
 * refusal gives it (session 18: a refused organizer is told what the text was taken for).
 */
export function otherKindOf(note: NoteText): string | null {
  if (recordsMeeting(note)) return 'a record of a meeting already held';
  if (recordsSpeech(note)) return 'a record of what speakers said';
  if (deliveredStatement(note)) return 'a statement as delivered';
  if (isTimetable(note) || listsMeetings(note)) return 'a timetable or a list of several meetings';
  if (answersQuestions(note) || explains(note))
    return 'an explainer or a page of questions and answers';
  // Round w37at: a letter dated after the meeting it speaks of (letterDatedAfter.ts).
  if (lettersPastMeeting(note)) return 'a letter written after the meeting it speaks of';
  return null;
}

// Round w37bt (round 35p's modalities page, headed by its meeting): a page whose heading names one
// meeting by its kind alone ("General Debate", `Debate general`, `Débat général`), within its
// first blocks, names that meeting for the sentences under it, so the speakers' limit they give
// ("videos be limited to 6 minutes for Groups and 4 minutes for individual statements") leans to
// a partial note as a sentence naming the meeting with its limit does.
const HEADING_BLOCKS = 3;

const KIND_HEADING = new RegExp(
  String.raw`^(?:[\p{L}-]+\s+){0,2}(?:${MEETING_WORD.source})(?:\s+[\p{L}-]+)?$`,
  'iu',
);

function headedByOneKind({ blocks }: NoteText): boolean {
  return blocks.slice(0, HEADING_BLOCKS).some((block) => {
    const line = block.trim();
    return (
      line.length <= 40 &&
      isHeading(line) &&
      (isBareMeetingKind(line) || KIND_HEADING.test(line)) &&
      !/s$/iu.test(line.split(/\s+/u).find((word) => MEETING_WORD.test(word)) ?? '')
    );
  });
}

/** Whether a text the stricter rules refuse is imported anyway, as a partial note. */
export function leansToNote(note: NoteText): boolean {
  const named =
    note.sentences.some(({ text }) => namesOneMeeting(text)) ||
    // Session 26: or names it "the meeting" in the sentence after the one giving its day
    // (cues/meetingAfterItsDay.ts).
    note.sentences.some(({ text }, index) =>
      meetingAfterItsDay(note.sentences[index - 1]?.text, text),
    ) ||
    (headedByOneKind(note) &&
      note.sentences.some(({ text }) => !recordsPast(text) && givesSpeakingLimit(text)));
  return named && otherKindOf(note) === null;
}
