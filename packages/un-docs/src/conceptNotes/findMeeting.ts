import { holdsToday } from './cues/heldToday.js';
import { beginsFirst } from './cues/beginsOnDay.js';
import { findDates, type FoundDate, inferYear } from '../dates/findDates.js';
import { findTime } from '../dates/findTime.js';
import { subjectIsAnotherMeeting } from './cues/anotherMeeting.js';
import { namesBareKind } from './cues/bareKind.js';
import { withoutDecisionDates } from './cues/decisionDate.js';
import { withoutFoundingDates } from './cues/foundingDate.js';
import { MONTH_NAMES, monthNumber } from '../dates/monthNames.js';
import { WEEKDAY_NAME } from '../dates/weekdayNames.js';
import { withoutSinceClauses } from './cues/sinceMonth.js';
import { weekdayOfTextDate } from './cues/weekdayOfTextDate.js';
import { namesOwnAssembly } from './cues/ownAssembly.js';
import { isPageMetadataLine, pageMetadataLines, withoutPageMetadata } from './cues/pageMetadata.js';
import { withoutBracketedDates } from './cues/bracketedDate.js';
import { isDateline, opensOnDateline } from './cues/newsDateline.js';
import { isPhotoCaption } from './cues/photoCaption.js';
import { placedByRelativeDay } from './cues/relativeDay.js';
import { subjectIsElection } from './cues/electionDay.js';
import { mailHeader } from './mailHeader.js';
import { timeOf, timeWithoutDay } from './meetingTime.js';
import {
  aboutDeadline,
  FUTURE,
  MEETING_WORD,
  PAST,
  placedByPeriod,
  withoutFrontedParticiple,
} from './meetingWords.js';
import { RU_AR_FUTURE } from './meetingWordsRuAr.js';
import { ZH_FUTURE } from './meetingWordsZh.js';
import type { NoteSentence, NoteText } from './NoteText.js';
import { PROGRESSIVE_CONVENING } from './cues/progressiveConvening.js';
import { withoutPeriodSpans } from './cues/periodSpan.js';
import { withoutSupersededDates } from './cues/supersededDate.js';
import { continuesTitledMeeting } from './cues/titledInvitation.js';
import { withoutOtherMeetingsDates } from './cues/otherMeetingInSentence.js';
import { yearInName } from './cues/yearInName.js';
import { dateToCome } from './cues/dateToCome.js';
import { yearlessDateField } from './cues/yearlessDateField.js';
import { meetingAfterItsDay } from './cues/meetingAfterItsDay.js';
import { postedLine } from './cues/postedAt.js';
import { dateLine, datelineOnly, isStampLine } from './dateLines.js';
import { beforeDateEndsAt, FIELD, labelledDate } from './dateLabels.js';

// The meeting's date is the one a sentence looks forward to ("will be held on", "intends to
// organize … on Monday, 19 April 2021", "organisera le mardi 24 mars", "Date: …", "Fecha:
// …"); letter dates, deadlines and the history in the background section are left out.

const WEEKDAY = new RegExp(String.raw`\b${WEEKDAY_NAME}\b`, 'iu');

export interface Meeting {
  date: string | null;
  time: string | null;
  /** 0–1, from how clearly the sentence looks forward to the meeting. */
  confidence: number;
  source: string | null;
}

// Round 27a: a headline naming the meeting with its full date ("La Asamblea General abre su
// período de sesiones el 15 de septiembre de 2015", "Council to hold open debate on 12 May 2027")
// dates the meeting the text is about, over a later meeting its body announces (the Summit held
// in the session's second week): a short line among the first three, without closing
// punctuation, that names a meeting and records none. A date in brackets is an aside (a
// session's span, "(as of 19 February 2027)"), not the headline's.
// Round 31c: a news headline names a session by its number and the body ("ONU: la 74e
// assemblée générale du 17 au 27 septembre 2019", "UN: the 78th General Assembly from 5 to 26
// September 2023"): the numbered Assembly is its session, named as a meeting is.
const NUMBERED_ASSEMBLY =
  /(?<![\p{L}\d])\d{1,3}(?:e|ème|eme|th|st|nd|rd|ª|º|\.ª|\.º|a|o)?\s+(?:assemblée\s+générale|General\s+Assembly|Asamblea\s+General)(?![\p{L}])/iu;

function datedHeadline(sentence: NoteSentence, block: string): boolean {
  if (sentence.block >= 3 || block.length >= 120) return false;
  const unbracketed = block.replace(/\([^()]*\)/gu, ' ');
  return (
    findDates(unbracketed).some(({ iso }) => iso.length === 10) &&
    // Round zh: nor in a Chinese sentence's full stop, colon or semicolon.
    !/[.;:。；：]$/u.test(block) &&
    (MEETING_WORD.test(block) || namesBareKind(block) || NUMBERED_ASSEMBLY.test(block)) &&
    !PAST.test(block)
  );
}

function score(sentence: NoteSentence, blocks: readonly string[]): number {
  const block = blocks[sentence.block] ?? '';
  if (FIELD.test(sentence.text)) return 4;
  if (aboutDeadline(sentence.text)) return 0;
  if (datedHeadline(sentence, block)) return 3.5;
  // "22 July 2025, 10:00 a.m., Security Council Chamber" under a title is the meeting's line.
  if (sentence.block < 8 && block.length < 100 && findTime(block) !== null) return 3;
  const shortDateLine = block.length < 120 && WEEKDAY.test(block);
  return (
    (FUTURE.test(sentence.text) || holdsToday(sentence.text) ? 2 : 0) +
    (WEEKDAY.test(sentence.text) ? 1 : 0) +
    (shortDateLine ? 2 : 0) +
    // Round w36ct: the rest of a sentence naming the meeting, after its quoted title line.
    (continuesTitledMeeting(sentence, blocks) ? 1 : 0)
  );
}

/**
 * The sentence's dates, a day without its year taking the year of the full date after it
 * ("from Monday, 3 May to Wednesday, 5 May 2027": the meeting opens on 3 May 2027).
 */
function datesOf(sentence: string): FoundDate[] {
  const found = findDates(sentence);
  const dates: FoundDate[] = [];
  let later: FoundDate | undefined;
  for (let index = found.length - 1; index >= 0; index -= 1) {
    const date = found[index] as FoundDate;
    if (date.iso.length !== 5 || !later) dates[index] = date;
    else {
      const year = Number(later.iso.slice(0, 4)) - (date.iso > later.iso.slice(5) ? 1 : 0);
      dates[index] = { ...date, iso: `${year}-${date.iso}` };
    }
    if (date.iso.length === 10) later = date;
  }
  return dates;
}

function meetingDateIn(text: string): string | null {
  // Round 32a: a span longer than a meeting's is a period, no meeting's day (cues/periodSpan.ts).
  // Round t42d: nor the day a moved meeting leaves (cues/supersededDate.ts).
  const sentence = withoutPeriodSpans(withoutSupersededDates(text));
  const dates = datesOf(sentence).filter(
    (found) => found.iso.length === 10 && !beforeDateEndsAt(sentence, found.index),
  );
  // A line holding one date, "Thursday, 22 April 2027 – International Mother Earth Day", is
  // the meeting's date line; a dateline only gives way to a later date. Round 28: a sentence
  // whose only date is its dateline ("NEW YORK, 3 May 2027 — The Council will hold …") dates
  // the item, not the meeting, when the dateline opens a longer sentence; the meeting's day is
  // sought elsewhere, the dateline only dating a page that names no other day (`datelineOnly`).
  const date =
    dates.find((found) => !isDateline(sentence, found)) ??
    (opensOnDateline(sentence, dates[0]) ? undefined : dates[0]);
  return date?.iso ?? null;
}

// A sentence in which a meeting is held or convened, ahead; round 31b: also in the present
// progressive ("are jointly convening", cues/progressiveConvening.ts).
// Round t39a: a meeting "scheduled to commence" (begin, start, open) is held then, as one "to be
// held" is ("The meeting, scheduled to commence 10:00 …, 21 December, will be webcast"); round t42d:
// so is one expected, due or set to start ("The opening plenary is expected to start at 11 a.m.").
const HOLDS = new RegExp(
  String.raw`(?:(?<![\p{L}])(?:will\s+(?:hold|convene|host|organi[sz]e|be\s+(?:held|convened|hosted)|take\s+place)|would\s+(?:convene|hold|open)|(?:scheduled|expected|due|set)\s+to\s+(?:commence|begin|start|open|take\s+place)|to\s+be\s+held|to\s+take\s+place|tiendra|convoquera|aura lieu|celebrará|convocará|tendrá lugar|${PROGRESSIVE_CONVENING}|${RU_AR_FUTURE})(?![\p{L}])|${ZH_FUTURE})`,
  'iu',
);

// Round w37at: or in the present on the day named, today or tomorrow (cues/heldToday.ts), here
// and as a sentence's future in `score`.
// Round h12t: or begins on it, in a headline's order (cues/beginsOnDay.ts).
function holdsMeeting(text: string): boolean {
  return (
    MEETING_WORD.test(text) &&
    (HOLDS.test(text) || holdsToday(text) || beginsFirst(text)) &&
    !PAST.test(text)
  );
}

/** A sentence holding the meeting on a day named relative to the text's own, and no date. */
function placedByWeekday(text: string): boolean {
  return holdsMeeting(text) && placedByRelativeDay(text) && findDates(text).length === 0;
}

/**
 * Failing a sentence that looks forward and a date line, the first sentence that names the
 * meeting beside a full date and is not about the past ("The meeting takes place on 9 March
 * 2027 in Conference Room 4").
 */
function nearMeetingWord(
  sentences: readonly NoteSentence[],
  format: string | null,
): { sentence: NoteSentence; date: string; score: number } | null {
  for (const sentence of sentences.slice(0, Math.ceil(sentences.length / 2) + 1)) {
    // Round 32: an opening participle ("Held on the margins of …, the event …") is no past.
    const main = withoutFrontedParticiple(sentence.text);
    if (!MEETING_WORD.test(sentence.text) || PAST.test(main)) continue;
    if (aboutDeadline(sentence.text)) continue;
    // Round t43d: a day of the meeting's own kind before another meeting's day the sentence gives
    // ("… Segment: 18–20 May 2027 Interactive dialogue …: Wednesday, 19 May 2027"), as in the
    // main reading; failing one, the sentence's first day as before.
    const date =
      meetingDateIn(withoutOtherMeetingsDates(sentence.text, format)) ??
      meetingDateIn(sentence.text);
    if (date) return { sentence, date, score: 1 };
  }
  return null;
}

/**
 * Session 26: failing those, the day of the sentence before one looking ahead to "the meeting"
 * ("… the UN Peacekeeping Ministerial on 29 March 2019. The meeting will be opened by …",
 * cues/meetingAfterItsDay.ts).
 */
function dayBeforeTheMeeting(
  sentences: readonly NoteSentence[],
): { sentence: NoteSentence; date: string; score: number } | null {
  for (const [index, sentence] of sentences.entries()) {
    const before = sentences[index - 1];
    if (before === undefined || !meetingAfterItsDay(before.text, sentence.text)) continue;
    const date = meetingDateIn(before.text);
    if (date) return { sentence: before, date, score: 1 };
  }
  return null;
}

// A letter's own date line comes before its salutation.
const MONTH_YEAR = new RegExp(
  String.raw`(?<![\p{L}])(${MONTH_NAMES})\.?\s+(?:de\s+)?((?:19|20)\d{2})(?!\d)`,
  'giu',
);

/**
 * "May 2017", `mai 2017`, `mayo de 2017`, as the first day of that month; round 35p: not one
 * the text looks back to "since" (cues/sinceMonth.ts).
 */
function monthsOfYears(sentences: readonly NoteSentence[]): string[] {
  return sentences.flatMap(({ text }) =>
    [...withoutSinceClauses(text).matchAll(MONTH_YEAR)].flatMap((match) => {
      const month = monthNumber(match[1] ?? '');
      return month > 0 ? [`${match[2]}-${String(month).padStart(2, '0')}-01`] : [];
    }),
  );
}

/**
 * News items and letters date a meeting without its year ("Tomorrow (27 July) an
 * Arria-formula meeting will be held", "on Tuesday, 12 January"): the year comes from the
 * note's other full dates (the item's own "Posted 26 July 2027", a letter's date).
 */
function yearlessMeeting(
  blocks: readonly string[],
  sentences: readonly NoteSentence[],
  all: readonly NoteSentence[],
): { sentence: NoteSentence; date: string; score: number } | null {
  // A resolution's date is history: it lends no year (cues/decisionDate.ts).
  // Round 32a: nor does a period a report or a session covers (cues/periodSpan.ts); round 33:
  // nor a photo caption's (cues/photoCaption.ts).
  const dating = all
    .filter(({ text }) => !isPhotoCaption(text))
    .map((sentence) => ({
      ...sentence,
      // Round w37ct: nor a founding date (cues/foundingDate.ts).
      text: withoutPeriodSpans(withoutFoundingDates(withoutDecisionDates(sentence.text))),
    }));
  const fullDates = dating.flatMap(({ text }) => findDates(text)).map((found) => found.iso);
  // Without a full date, a month and year ("In May 2017, … to be convened on May 25") gives it.
  if (!fullDates.some((iso) => iso.length === 10)) fullDates.push(...monthsOfYears(dating));
  for (const sentence of sentences) {
    // A dateline's day dates the item ("NEW YORK, 9 April (…) — … on Thursday, 15 April").
    const monthDay = findDates(withoutPeriodSpans(sentence.text)).find(
      (found) =>
        found.iso.length === 5 &&
        !beforeDateEndsAt(sentence.text, found.index) &&
        !isDateline(sentence.text, found),
    );
    const value = monthDay ? score(sentence, blocks) : 0;
    // Round 36h: failing another year, the one in the meeting's own name (cues/yearInName.ts).
    const named = monthDay ? yearInName(sentence.text) : null;
    const date =
      monthDay && value >= 2
        ? (inferYear(monthDay.iso, fullDates) ?? (named ? `${named}-${monthDay.iso}` : null))
        : null;
    if (date) return { sentence, date, score: value - 1 };
  }
  return null;
}

/** `format`, when known, tells the announced meeting's hours from another's (cues/anotherMeeting.ts). */
export function findMeeting(
  { blocks, sentences: all, normalized }: NoteText & { normalized?: string },
  format: string | null = null,
): Meeting {
  const metadata = pageMetadataLines(normalized ?? blocks.join('\n'));
  const header = mailHeader(blocks);
  // An association's own general assembly is not the meeting (cues/ownAssembly.ts).
  // Round 21: nor does a page's stamp ("Actualizado: viernes, 28 febrero 2014 19:06") date it.
  const sentences = all.filter(
    ({ block, text }) =>
      !header.has(block) &&
      !namesOwnAssembly(text) &&
      !isPageMetadataLine(text) &&
      // Round 31f: nor does an election's day (cues/electionDay.ts).
      !(subjectIsElection(text) && !format?.includes('election')),
  );
  // Session 26: or a news page's posting stamp (cues/postedAt.ts).
  const line = dateLine(blocks, sentences) ?? postedLine(blocks, sentences);
  // A date line or a dateline dates the text when a sentence places the meeting by a period;
  // round 18: or by a day named relative to the text's own and no date ("The Council will hold
  // on Wednesday an open debate …" under "25 March 2003").
  const byPeriod = sentences.some(({ text }) => placedByPeriod(text) || placedByWeekday(text));
  let best: { sentence: NoteSentence; date: string; score: number } | null = null;
  for (const sentence of sentences) {
    // Round 36h: so does a news item's stamp with its hour ("2 septiembre 2022 - 00:01 h").
    if (byPeriod && isStampLine(blocks[sentence.block] ?? '')) continue;
    // Round 15c: a page's metadata line ("date 2024-08-23") dates the page (cues/pageMetadata.ts).
    const labelled = labelledDate(withoutPageMetadata(sentence.text, metadata));
    // Round 29: under a date line, a date in brackets is an occasion's (cues/bracketedDate.ts).
    // Round 36h: not the day of another meeting the sentence names (cues/otherMeetingInSentence.ts).
    const own = withoutOtherMeetingsDates(sentence.text, format);
    const date =
      labelled ??
      meetingDateIn(line && line.sentence !== sentence ? withoutBracketedDates(own) : own);
    const value = labelled ? 4 : date ? score(sentence, blocks) : 0;
    if (date && value >= 2 && (!best || value > best.score))
      best = { sentence, date, score: value };
  }
  // Round t43d: a note saying the meeting's date is still to be set takes none from the readings
  // below (a stamp, a yearless day of another sentence; cues/dateToCome.ts).
  if (best || !dateToCome(sentences)) {
    const yearless = yearlessMeeting(blocks, sentences, all);
    // A news item's date line dates the item: a sentence holding the meeting on a later day,
    // written without its year ("On 21st March, the Council will hold a panel discussion"), is
    // the meeting's. Round t39a: also when the date line was itself the best date found (a
    // preview's "Tuesday, September 15, 2015" over "On Wednesday (30 September) … the Council
    // will hold …"): the text's own date gives way to the later day it looks forward to.
    // Session 26: the first such sentence holding a meeting, past a yearless day that holds none
    // (`Россия с 1 июля будет … председательствовать` before `открытые дебаты … пройдут 16 июля`).
    const held =
      yearless && holdsMeeting(yearless.sentence.text)
        ? yearless
        : yearlessMeeting(
            blocks,
            sentences.filter(({ text }) => holdsMeeting(text)),
            all,
          );
    if ((!best || best.sentence === line?.sentence) && line && held && held.date > line.date)
      best = held;
    // Round 35p: unless the weekday named is the text's own date's (cues/weekdayOfTextDate.ts).
    best ??= weekdayOfTextDate(sentences, all);
    // Round w38bt: a date field without its year, before a session's span (cues/yearlessDateField.ts).
    best ??= yearlessDateField(yearless, (text) => FIELD.test(text));
    best ??= byPeriod ? null : line;
    best ??= nearMeetingWord(sentences, format);
    best ??= dayBeforeTheMeeting(sentences);
    best ??= yearless;
    best ??= byPeriod ? null : datelineOnly(blocks, sentences);
  }
  if (!best) {
    const timed = timeWithoutDay(
      sentences.filter(({ text }) => !subjectIsAnotherMeeting(text, format)),
    );
    if (!timed) return { date: null, time: null, confidence: 0, source: null };
    return { date: null, time: findTime(timed.text), confidence: 0.5, source: timed.text };
  }
  return {
    date: best.date,
    time: timeOf(best.sentence, sentences, blocks),
    confidence: Math.min(0.95, 0.35 + best.score * 0.15),
    source: best.sentence.text,
  };
}
