// Session 25 (round t40c): the meeting a text announces is the one a sentence looks ahead to, not
// another it recalls. When the first sentence naming a kind records a meeting held ("… the
// informal meeting of the Commission held this morning …", "The Council met to conclude its
// organizational session") and does not look forward, the kind a later sentence looking ahead
// names ("the high-level meeting will be held on …") is the format, over the earliest one.
import { looksForward, recordsPast } from '../sentenceTense.js';

const SENTENCE_END = /[.!?]["”»’)]*\s*$/u;

interface Sentence {
  text: string;
}

/** The sentence looking ahead whose kind stands for the format, when the first kind is recalled. */
export function aheadOverRecord(
  sentences: readonly Sentence[],
  namesKind: (text: string) => boolean,
): string | null {
  const first = sentences.find(({ text }) => namesKind(text));
  if (!first || !recordsPast(first.text) || looksForward(first.text)) return null;
  const ahead = sentences.find(
    ({ text }) => looksForward(text) && !recordsPast(text) && namesKind(text),
  );
  return ahead?.text ?? null;
}

/**
 * Session 26 (round t41c): the same when the first sentence naming a kind does not look forward at
 * all, whatever its tense (“Как сообщает Report, постпред … на брифинге … представил повестку”: the
 * press briefing where the programme was presented, in a past `recordsPast` does not know), and a
 * later sentence looks ahead to a meeting of a kind on a day it gives (“Открытые дебаты … будут
 * проведены 20 мая”, “An open debate … will be held on 20 May”). The meeting a text announces is
 * the one it dates ahead; one named in passing before it, undated and not ahead, is another. The
 * first must be a sentence (ending as one): a title line naming a kind (“Open debate on …”) names
 * the announced meeting.
 */
export function datedAheadOverPassing(
  sentences: readonly Sentence[],
  namesKind: (text: string) => boolean,
  dated: (text: string) => boolean,
): string | null {
  const at = sentences.findIndex(({ text }) => namesKind(text));
  const first = sentences[at];
  if (!first || !SENTENCE_END.test(first.text)) return null;
  // The next sentence may date it, naming no other kind (“The first is the high-level meeting …
  // It will be on Tuesday, 14 October.”).
  const next = sentences[at + 1]?.text ?? '';
  if (looksForward(first.text) || dated(first.text) || (!namesKind(next) && dated(next)))
    return null;
  const ahead = sentences.find(
    ({ text }) => looksForward(text) && !recordsPast(text) && namesKind(text) && dated(text),
  );
  return ahead?.text ?? null;
}
