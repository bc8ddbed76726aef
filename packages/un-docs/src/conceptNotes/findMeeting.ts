import { findDates } from '../dates/findDates.js';
import { findTime } from '../dates/findTime.js';
import type { NoteSentence, NoteText } from './NoteText.js';

// The meeting's date is the one a sentence looks forward to ("will be held on", "intends to
// organize … on Monday, 19 April 2021", "Date: …"); letter dates, deadlines and the history
// in the background section are left out.

const FIELD = /^(?:date(?:\s+and\s+time)?|when)\s*:/i;
const TIME_FIELD = /^(?:time|date\s+and\s+time|when)\s*:/i;
const FUTURE =
  /\b(?:will|to be held|to take place|intends?\s+to|shall|is scheduled|are scheduled|plans?\s+to|is convening|is organizing|upcoming|forthcoming)\b/i;
const WEEKDAY = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
const DEADLINE = /\b(?:submi|deadline|no later than|inscri|register|registration)/i;
const BEFORE_DATE =
  /(?:dated|by|before|until|no later than|Distr\.?:?\s*General)\s*(?:\p{L}+,\s*)?$/iu;

export interface Meeting {
  date: string | null;
  time: string | null;
}

function score(sentence: NoteSentence, blocks: readonly string[]): number {
  const block = blocks[sentence.block] ?? '';
  if (FIELD.test(sentence.text)) return 4;
  if (DEADLINE.test(sentence.text)) return 0;
  const shortDateLine = block.length < 120 && WEEKDAY.test(block);
  return (
    (FUTURE.test(sentence.text) ? 2 : 0) +
    (WEEKDAY.test(sentence.text) ? 1 : 0) +
    (shortDateLine ? 2 : 0)
  );
}

function meetingDateIn(sentence: string): string | null {
  const date = findDates(sentence).find(
    (found) => found.iso.length === 10 && !BEFORE_DATE.test(sentence.slice(0, found.index)),
  );
  return date?.iso ?? null;
}

export function findMeeting({ blocks, sentences }: NoteText): Meeting {
  let best: { sentence: NoteSentence; date: string; score: number } | null = null;
  for (const sentence of sentences) {
    const date = meetingDateIn(sentence.text);
    const value = date ? score(sentence, blocks) : 0;
    if (date && value >= 2 && (!best || value > best.score))
      best = { sentence, date, score: value };
  }
  if (!best) return { date: null, time: null };
  const timeField = sentences.find((sentence) => TIME_FIELD.test(sentence.text));
  const time = findTime(best.sentence.text) ?? (timeField ? findTime(timeField.text) : null);
  return { date: best.date, time };
}
