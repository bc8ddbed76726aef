import type { Cue } from './Candidate.js';
import { MEETING_WORD } from './themeHeadingCues.js';
import { ANNOUNCES } from './themePlaced.js';
import { subjectOf } from './subjectOf.js';
import { themed } from './themed.js';

// Round t40b: the sentence announcing a meeting may give its day and place first and its
// subject last, in a relative clause ("Le Conseil des droits de l'homme tiendra une session
// extraordinaire le jeudi 17 décembre en salle XX du Palais des Nations, qui sera consacrée à la
// situation des droits de l'homme au Burundi"; "…, which will focus on …"; `…, que estará
// dedicada a …`). The clause's subject, cut as any sentence's, is the meeting's, at a sentence
// subject's 0.5; a clause in a sentence announcing nothing, or naming no meeting, is none.

const CLAUSE = new RegExp(
  String.raw`,\s*(?:` +
    [
      String.raw`(?:which|that)\s+will\s+(?:be\s+(?:devoted|dedicated)\s+to|focus\s+on|address|discuss|examine|consider)`,
      String.raw`qui\s+(?:sera\s+consacrée?s?\s+(?:à|aux?)|portera\s+sur|aura\s+pour\s+thème|examinera|abordera)`,
      String.raw`que\s+(?:estará\s+dedicad[oa]\s+a|versará\s+sobre|se\s+centrará\s+en|abordará|examinará)`,
    ].join('|') +
    String.raw`)\s+(?=\S)`,
  'iu',
);
const NAMES_A_MEETING = new RegExp(MEETING_WORD, 'iu');

/** The subject a relative clause gives a meeting announced earlier in the sentence. */
export function devotedSubject(sentence: string): string | null {
  const clause = CLAUSE.exec(sentence);
  if (!clause) return null;
  const before = sentence.slice(0, clause.index);
  if (!ANNOUNCES.test(before) || !NAMES_A_MEETING.test(before)) return null;
  const rest = sentence.slice(clause.index + clause[0].length);
  return subjectOf(`meeting on ${rest}`, false);
}

export const devotedClause: Cue<string> = ({ sentences }) =>
  sentences.flatMap(({ text }) => {
    const subject = devotedSubject(text);
    return subject ? [themed(subject, 0.5, text, 'devotedClause')] : [];
  });
