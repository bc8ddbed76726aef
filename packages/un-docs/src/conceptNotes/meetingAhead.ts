import { findDates } from '../dates/findDates.js';
import { recordFormula } from './cues/recordFormula.js';
import { FORMATS } from './formatVocabulary.js';
import { parseLabel } from '../text/parseLabel.js';
import { isHeading } from '../text/splitBlocks.js';
import { briefsBody } from './cues/briefsCouncil.js';
import { convenedHeld } from './cues/convenedHeld.js';
import { decidesAhead } from './cues/decidedAhead.js';
import { metHeld } from './cues/metHeld.js';
import { deliveredStatement } from './cues/deliveredStatement.js';
import { namesBareKind } from './cues/bareKind.js';
import { recallsMandate } from './cues/mandateSentence.js';
import { BODY_MEETS } from './cues/scheduledMeeting.js';
import { holdsInPresent } from './cues/heldInPresent.js';
import { holdsToday } from './cues/heldToday.js';
import { beginsNow } from './cues/beginsOnDay.js';
import { placedByRelativeDay, placedTomorrow } from './cues/relativeDay.js';
import { plansAhead, programmeIntroduction } from './cues/programmeLine.js';
import { isDateLine } from './dateLines.js';
import type { Meeting } from './findMeeting.js';
import { MEETING_WORD, withoutFrontedParticiple } from './meetingWords.js';
import {
  HELD,
  REPORTED,
  looksAhead,
  looksForward,
  mainClause,
  recordsPast,
} from './sentenceTense.js';
import { heldIfConfirmed } from './cues/underConsideration.js';
import type { NoteText } from './NoteText.js';
import { tookPartHeld } from './cues/tookPartHeld.js';
import { afterMeetingEnd } from './cues/afterMeetingEnd.js';
import { letterDate, meetingBeforeLetter } from './cues/letterDatedAfter.js';
import { findMeeting } from './findMeeting.js';
import { textSpeaks } from './cues/textSpeaks.js';

// What makes a text about a meeting a concept note rather than a record or a timetable: a
// note looks forward to one meeting. A press release reports a meeting that has been held
// ("speakers said today as the Council held its annual open debate"); a programme of work
// lists a meeting on each of several days. Neither is a note, though both name a dated
// meeting in a known format.

// What a meeting is called, in the words of meetings, courses and conferences alike. Round h12t:
// and a round of negotiations, the Assembly's intergovernmental negotiations meeting in rounds.
export const GATHERING =
  /(?<![\p{L}])(?:course|training|workshop|seminar|webinar|conference|summit|consultations?|retreat|symposium|negotiations|cours|formation|atelier|séminaire|conférence|sommet|négociations|curso|taller|seminario|conferencia|cumbre|consultas?|negociaciones)(?![\p{L}])/iu;

// Round 16: or by the verb of a briefing ("will brief the Security Council", cues/briefsCouncil.ts).
export function namesGathering(text: string): boolean {
  return MEETING_WORD.test(text) || GATHERING.test(text) || briefsBody(text);
}

/** A sentence that looks forward to a meeting it names. */
function announcesMeeting({ sentences }: NoteText): boolean {
  return sentences.some(
    ({ text }) => namesGathering(text) && looksAhead(text) && !recordsPast(text),
  );
}

// Meetings held before this one, which a note's background recalls ("builds on the meetings
// held in previous years", "held at earlier sessions"): history, not a record of the meeting.
const EARLIER =
  /(?<![\p{L}])(?:previous|prior|earlier|preceding|past|précédent(?:e|s|es)?|antérieur(?:e|s|es)?|anterior(?:es)?|pasad[oa]s?)(?![\p{L}])/iu;

/**
 * A sentence that says a meeting was held (round 16: or that someone convened it), not one that
 * recalls earlier meetings.
 */
function recordsHeld(sentence: string): boolean {
  const text = withoutFrontedParticiple(sentence);
  // Session 25: a body that met held it (cues/metHeld.ts); a decision to hold it is no record of
  // it (cues/decidedAhead.ts).
  return (
    (HELD.test(text) || convenedHeld(text) || tookPartHeld(text) || metHeld(text)) &&
    !EARLIER.test(text) &&
    !decidesAhead(text)
  );
}

/**
 * Round 25b: a sentence naming the meeting whose main clause reports in the past what was said
 * at it ("speakers told the Security Council this afternoon during an open debate", "delegates
 * said today in an open debate") records it as a meetings-coverage release does, when it is not
 * an announcement in reported speech (recordsPast).
 */
export function reportsSpeakers(text: string): boolean {
  // Round t43k: a text as the subject says what a document says (cues/textSpeaks.ts).
  return REPORTED.test(mainClause(text)) && recordsPast(text) && !textSpeaks(text);
}

/**
 * A record of a meeting held: a sentence names a meeting as held (or reports what was said at
 * it), and none looks forward to one.
 */
export function recordsMeeting({ sentences }: NoteText): boolean {
  // Session 27: a record's procedural formula makes the text a record (cues/recordFormula.ts).
  if (sentences.some(({ text }) => recordFormula(text))) return true;
  const meetings = sentences.filter(({ text }) => namesGathering(text));
  return (
    meetings.some(({ text }) => recordsHeld(text) || reportsSpeakers(text)) &&
    !meetings.some(
      ({ text }) =>
        looksAhead(text) &&
        !recordsPast(text) &&
        !asksAboutMeetings(text) &&
        // Round w37at: nor one set after the meeting's end, quoting a future (afterMeetingEnd.ts).
        !afterMeetingEnd(text, looksForward),
    )
  );
}

// Round w37at: a question asks about meetings, it announces none ("What determines whether or
// not an Arria-formula meeting will be webcast?", a blog's heading over a meeting held).
function asksAboutMeetings(text: string): boolean {
  return /[?？؟]\s*$/u.test(text);
}

/**
 * Questions each answered in the paragraph after them, three times or more: an FAQ, whose
 * questions are not points for a meeting.
 */
export function answersQuestions({ blocks }: NoteText): boolean {
  let answered = 0;
  let asked = 0;
  for (const [index, block] of blocks.entries()) {
    if (!/[?？؟]$/u.test(block)) continue;
    asked += 1;
    const next = blocks[index + 1] ?? '';
    if (next.length > 0 && !/[?？؟:]$/u.test(next) && !isHeading(next) && parseLabel(next) === null)
      answered += 1;
  }
  return answered >= 3 && answered * 2 > asked;
}

/** Lines that are little else than a date, on three or more different days: a timetable. */
export function isTimetable({ blocks }: NoteText): boolean {
  const days = new Set(
    blocks
      .filter((block) => isDateLine(block))
      .flatMap((block) => findDates(block).map((found) => found.iso)),
  );
  return days.size >= 3;
}

// Round 13a: a meeting announced for a month of a year, its day still to be set ("will hold an
// ECOSOC Special Meeting at UN Headquarters in May 2018", `tiendra une réunion spéciale en avril
// 2028`), or for a day a news item gives without its year (`el debate abierto que el Consejo
// celebrará el 6 de agosto`), is dated as far as the text dates it: it looks forward to it. The
// meeting's date stays empty unless the text gives the year elsewhere. Round 16: also a day or a
// month named relative to the text's own (`cues/relativeDay.ts`). Round 27a: a meeting placed
// "tomorrow" is ahead whatever the verb (`podría aprobarse mañana en la reunión`).
const MONTH_OF_YEAR =
  /(?<![\p{L}])(?:in|en)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)\s+(?:de\s+)?(?:19|20)\d{2}(?!\d)/iu;

function announcedUndated({ sentences }: NoteText): boolean {
  return sentences.some(
    ({ text }) =>
      (MONTH_OF_YEAR.test(text) ||
        findDates(text).some(({ iso }) => iso.length === 5) ||
        placedByRelativeDay(text)) &&
      // Round 33: or by its bare kind (`celebra mañana … su período de sesiones`, `abre hoy … el
      // segmento anual`, cues/bareKind.ts); or a body meets that day, in the present or the
      // future (`le Conseil de sécurité se réunit le 6 décembre`, cues/scheduledMeeting.ts).
      // Round w36ct: or begins in the present on the day named (cues/beginsOnDay.ts).
      (((namesGathering(text) || namesBareKind(text)) &&
        (looksAhead(text) || holdsToday(text) || placedTomorrow(text) || beginsNow(text))) ||
        BODY_MEETS.test(text)) &&
      !recordsPast(text),
  );
}

/**
 * Round 18 (the convention "a time stands without a day"): a sentence of the paragraph naming
 * the meeting's format looks forward to it though the text gives no day at all (`Le débat public du Conseil
 * de sécurité sur … se tiendra au niveau ministériel`, "The Council's open debate on … will take
 * place at ministerial level"): a meeting ahead, its date left empty.
 */
function announcedWithoutDay(formatSource: string): boolean {
  return formatSource
    .split(/(?<=[.!?])\s+(?=\p{Lu})/u)
    .some((sentence) => namesGathering(sentence) && looksAhead(sentence) && !recordsPast(sentence));
}

/**
 * The format's source may be a paragraph: only its sentences that name the meeting say
 * whether it was held ("… will convene this High-level Thematic Debate … Organizational
 * arrangements were updated in a note of the President." looks forward).
 */
function formatRecordsPast(formatSource: string): boolean {
  const sentences = formatSource.split(/(?<=[.!?])\s+(?=\p{Lu})/u);
  // Round h12t: the sentences naming a kind of the vocabulary name the meeting, before those
  // naming any gathering word ("to encourage dialogue between the North and South" in a
  // paragraph run on into "the Geneva Centre will hold a panel discussion entitled …").
  const kinds = sentences.filter((sentence) => FORMATS.some(([pattern]) => pattern.test(sentence)));
  const named = kinds.length > 0 ? kinds : sentences.filter((sentence) => namesGathering(sentence));
  // Round 33: a sentence recalling the meeting's mandate records its decision, not the meeting
  // (cues/mandateSentence.ts); the sentences after it say whether it is ahead.
  const unmandated = named.filter((sentence) => !recallsMandate(sentence));
  const naming = unmandated.length > 0 ? unmandated : named;
  // Round 16: a paragraph whose first sentence naming a meeting looks forward to it announces
  // that meeting, though it goes on to recall an earlier one held ("In June, Kuwait plans to
  // hold an open debate on … The February 2018 open debate … was held …").
  // Round 23: so does one holding it in the present (cues/heldInPresent.ts).
  const first = naming[0];
  if (first !== undefined && ((looksAhead(first) && !recordsPast(first)) || holdsInPresent(first)))
    return false;
  return (naming.length > 0 ? naming : sentences).some((sentence) => recordsPast(sentence));
}

/**
 * Round 22: the format's source is a line of a programme whose introduction looks forward to
 * its events ("están previstos tres acontecimientos principales:", cues/programmeLine.ts).
 */
function plannedInProgramme({ blocks }: NoteText, formatSource: string): boolean {
  const intro = programmeIntroduction(blocks, formatSource);
  return intro !== null && (plansAhead(intro) || looksForward(intro)) && !recordsPast(intro);
}

/**
 * True when the text looks forward to one dated meeting: the sentence that names its format
 * does not record it as held, the text is no record of a meeting held, and it is not a
 * timetable of several days unless a sentence announces the meeting.
 */
/**
 * Round 23 (decided then): a sentence holding a meeting in the present with no day at all
 * ("The Security Council holds its annual open debate on …") looks forward to it, as one held
 * "today" does (cues/heldInPresent.ts); its date stays empty. A past tense still records it.
 */
function heldInPresent({ sentences }: NoteText): boolean {
  // A text that reports in the past what its speakers said ("Speakers said that …") records the
  // meeting it holds in the present: a meetings-coverage release under a present headline.
  const reports = sentences.some(({ text }) => REPORTED.test(mainClause(text)));
  return !reports && sentences.some(({ text }) => holdsInPresent(text));
}

/**
 * Round 23 (decided then): a sentence holding a meeting it names only under consideration ("If
 * confirmed, the meeting would be held", `de confirmarse, se llevaría a cabo`) looks forward to
 * it (cues/underConsideration.ts); its date only if the text gives one.
 */
function consideredAhead({ sentences }: NoteText): boolean {
  return sentences.some(
    ({ text }) => namesOneMeeting(text) && heldIfConfirmed(text) && !recordsPast(text),
  );
}

/** One meeting, not a practice: "the meeting would be held", not "such meetings could be held". */
function namesOneMeeting(text: string): boolean {
  const words = [...text.matchAll(new RegExp(MEETING_WORD.source, 'giu'))].map(([word]) => word);
  return words.some((word) => !/s$/iu.test(word));
}

/** A letter dated after the meeting it speaks of, no sentence looking forward (letterDatedAfter.ts). */
export function lettersPastMeeting(note: NoteText): boolean {
  return (
    letterDate(note) !== null &&
    meetingBeforeLetter(note, findMeeting(note).date) &&
    !announcesMeeting(note)
  );
}

export function meetingAhead(note: NoteText, meeting: Meeting, formatSource: string): boolean {
  if (
    meeting.date === null &&
    !announcedUndated(note) &&
    !announcedWithoutDay(formatSource) &&
    !plannedInProgramme(note, formatSource) &&
    !heldInPresent(note) &&
    !consideredAhead(note)
  )
    return false;
  if (deliveredStatement(note)) return false;
  if (formatRecordsPast(formatSource) || recordsMeeting(note)) return false;
  // Round w37at: a letter dated after its meeting looks back to it (cues/letterDatedAfter.ts).
  if (meetingBeforeLetter(note, meeting.date) && !announcesMeeting(note)) return false;
  // A timetable of several days is a note when a sentence announces its meeting ("The
  // Council will hold its annual Forum … from Monday, 3 May to Wednesday, 5 May").
  return announcesMeeting(note) || !isTimetable(note);
}

/**
 * Do the points belong to a meeting? A list of questions does when the text names a meeting
 * it does not record as past ("the questions to guide the debate"); a policy brief's
 * questions for the Council, with no meeting in view, and an FAQ's answered questions do
 * not, and neither do the questions a record of a meeting held says its speakers raised
 * (a summary, a press release).
 */
export function pointsForMeeting(note: NoteText): boolean {
  if (answersQuestions(note) || recordsMeeting(note) || deliveredStatement(note)) return false;
  // Round w37at: nor the points of a summary a letter dated after its meeting transmits.
  if (lettersPastMeeting(note)) return false;
  return note.sentences.some(({ text }) => namesGathering(text) && !recordsPast(text));
}
