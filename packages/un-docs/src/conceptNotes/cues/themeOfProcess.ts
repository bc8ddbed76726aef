import { candidate, type Candidate, type Cue } from './Candidate.js';

// A meeting that co-facilitators or co-chairs of an intergovernmental process hold is about
// that process: "co-facilitators of the consultations on the alignment of the agendas …",
// "As co-facilitators of the intergovernmental negotiations on the revitalization of the work
// of the General Assembly, Ireland and Jamaica will hold …". The process's name is the theme,
// with its article as printed (session 14's article convention, held for processes in session
// 16), when no title or quotation names one. Round h12t: the name ends where the sentence's verb
// begins ("The co-chairs of the intergovernmental negotiations on Security Council reform have
// circulated a letter …").

// Round t42b: the co-facilitators may be named in brackets after their title ("The co-facilitators
// (the Ambassadors of Belize and Denmark) for the process …") or after the name ("… at the global
// level (Belize and Denmark) have prepared …"), and the process after the body that runs it ("the
// General Assembly informal consultations on X"): neither is part of the name. A process named
// by its purpose ("the process to take decisions on X") is named in full, "the process" and all.
const CO_FACILITATORS = String.raw`\b[Cc]o-?(?:[Ff]acilitators?|[Cc]hairs?)(?:\s*\([^()]{2,80}\))?`;
const BODY_BEFORE = String.raw`(?:\p{Lu}[\p{L}'’]*\s+){0,3}?`;
const BY_KIND = String.raw`(?:(?:of|for)\s+the|to\s+lead(?:\s+the)?)\s+${BODY_BEFORE}(?:intergovernmental\s+|informal\s+)?(?:consultations|negotiations|process|review)\s+(?:on|of|aimed\s+at)\s+((?:the\s+)?.{4,250}?)`;
const BY_PURPOSE = String.raw`(?:of|for)\s+(the\s+process\s+(?:to|for)\s+.{4,250}?)`;
const NAME_END = String.raw`(?:\s*\([^()]{2,80}\))?(?:,\s+(?=\p{Lu}|will\b|we\b|shall\b)|(?=\s+(?:have|has|had|will|shall|would|are|is|were|was|can|may|must|invite[sd]?|wish|intend)\b)|[.;]?$)`;
const PROCESS = new RegExp(
  String.raw`${CO_FACILITATORS}\s+(?:${BY_KIND}|${BY_PURPOSE})${NAME_END}`,
  'u',
);

export const facilitatedProcess: Cue<string> = ({ sentences }) =>
  sentences.flatMap(({ text }) => {
    const match = PROCESS.exec(text);
    const name = match?.[1] ?? match?.[2];
    return name ? [candidate(name.trim(), 0.45, text, 'facilitatedProcess')] : [];
  });

// Round t42b: a subject that names the process only by pointing back to it ("to discuss a road
// map for the process", "an update on the negotiations") names it short; the co-facilitators'
// sentence names it in full, and by the convention "a theme named twice is taken where it is
// named in full" it goes first.
const POINTS_BACK = /(?<![\p{L}])the\s+(?:process|consultations|negotiations)$/iu;

/** `candidates`, a subject pointing back to the process put below the process's own name. */
export function processNamedInFull(candidates: readonly Candidate<string>[]): Candidate<string>[] {
  const process = candidates.find(({ cue }) => cue === 'facilitatedProcess');
  if (!process) return [...candidates];
  return candidates.map((other) =>
    other !== process &&
    POINTS_BACK.test(other.value.trim()) &&
    other.confidence >= process.confidence
      ? { ...other, confidence: process.confidence - 0.01 }
      : other,
  );
}
