import type { Cue } from './Candidate.js';
import { QUOTED, quotedWords } from './quoted.js';
import { placed } from './themePlaced.js';
import { themed } from './themed.js';

// Round t40b: a meeting or forum that "will discuss policies and actions on “X”" (`examinera …
// sur « X »`, `debatirá … sobre “X”`) names its theme in the quotation, wherever the sentence
// stands: a President's letter names the forum's opening in one sentence and its theme in the
// next ("As you know, the HLPF will discuss policies and actions on “Building back better …”").
// Quoted, so surer than a sentence's subject (0.6, as a purpose quoted); a sentence looking back
// lowers it (themePlaced.ts).

const DISCUSS_QUOTED = new RegExp(
  String.raw`\b(?:will|shall|is\s+to|are\s+to)\s+(?:discuss|consider|examine|debate|deliberate|reflect|focus)\b[^.“"«‘]{0,80}?\s(?:on|upon|under\s+the\s+theme|around)\s+` +
    QUOTED +
    String.raw`|(?<![\p{L}])(?:examinera|examineront|débattra|débattront|discutera|discuteront|se\s+penchera)(?![\p{L}])[^.“"«‘]{0,80}?\s(?:sur|autour\s+de)\s+` +
    QUOTED +
    String.raw`|(?<![\p{L}])(?:examinará|examinarán|debatirá|debatirán|discutirá|discutirán|analizará|analizarán)(?![\p{L}])[^.“"«‘]{0,80}?\s(?:sobre|en\s+torno\s+a)\s+` +
    QUOTED,
  'iu',
);

/** The quoted theme a sentence says a meeting or forum will discuss. */
export function discussedQuotation(sentence: string): string | null {
  const match = DISCUSS_QUOTED.exec(sentence);
  if (!match) return null;
  const index = match.slice(1).findIndex((group) => group !== undefined);
  return index < 0 ? null : quotedWords(match, index + 1);
}

export const discussQuoted: Cue<string> = ({ sentences }) =>
  sentences.flatMap(({ text }) => {
    const words = discussedQuotation(text);
    return words && !/[.!?]$/u.test(words)
      ? [themed(words, placed(0.6, text), text, 'discussQuoted')]
      : [];
  });
