// Session 25 (round t40c): the meeting a text announces is the one a sentence looks ahead to, not
// another it recalls. When the first sentence naming a kind records a meeting held ("… the
// informal meeting of the Commission held this morning …", "The Council met to conclude its
// organizational session") and does not look forward, the kind a later sentence looking ahead
// names ("the high-level meeting will be held on …") is the format, over the earliest one.
import { looksForward, recordsPast } from '../sentenceTense.js';

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
