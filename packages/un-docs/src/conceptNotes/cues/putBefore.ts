import { FORMATS } from '../formatVocabulary.js';
import { FUTURE } from '../meetingWords.js';
import { candidate, type Cue } from './Candidate.js';
import { unquote } from './quoted.js';

// Round 31a: a news item may give the theme as what a presidency brings before a body in the
// meeting it announces ("Malta … plans to put X before the Council in an open debate later in
// March", "intends to bring X before the Security Council", `prévoit de porter X devant le
// Conseil`, `prevé llevar X ante el Consejo en un debate abierto`): X is the meeting's subject.
// Only in a sentence that names a meeting of the vocabulary and looks forward to it, and as
// weak as a focus sentence (cues/themeFocus.ts), so a title, a "Theme:" line or a meeting named
// "on X" outranks it.

const BODY = String.raw`(?:the\s+|le\s+|la\s+|l['’]|el\s+)?(?:(?:Security|Human Rights|Economic and Social)\s+Council|Council|General Assembly|Assembly|Peacebuilding Commission|Conseil(?:\s+de\s+sécurité)?|Assemblée(?:\s+générale)?|Consejo(?:\s+de\s+Seguridad)?|Asamblea(?:\s+General)?)(?![\p{L}])`;
const PUT_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:put|bring|place|lay|take)\s+(.{4,250}?)\s+before\s+${BODY}|(?<![\p{L}])porter\s+(.{4,250}?)\s+devant\s+${BODY}|(?<![\p{L}])llevar\s+(.{4,250}?)\s+ante\s+${BODY}`,
  'iu',
);

// A French presidency plans in the present (`prévoit de porter`, `compte porter`), as `prevé` does.
const PLANS =
  /(?<![\p{L}])(?:prévoi(?:t|ent)\s+de|envisagen?t?\s+de|compten?t?)\s+porter(?![\p{L}])/iu;

/** The subject a sentence brings before a body in a meeting it looks forward to, or null. */
export function subjectPutBefore(text: string): string | null {
  if (!(FUTURE.test(text) || PLANS.test(text)) || !FORMATS.some(([pattern]) => pattern.test(text)))
    return null;
  const match = PUT_BEFORE.exec(text);
  const subject = (match?.[1] ?? match?.[2] ?? match?.[3])?.trim();
  if (subject === undefined || /[“”"«»]/u.test(subject)) return null;
  // A pronoun or a bare article is no subject ("bring it before the Council").
  return /^(?:it|this|that|them|the\s+matter|the\s+issue|le|la|les|lo|esto|eso)$/iu.test(subject)
    ? null
    : subject;
}

export const putBeforeSubject: Cue<string> = ({ sentences }) =>
  sentences.flatMap(({ text }) => {
    const subject = subjectPutBefore(text);
    return subject ? [candidate(unquote(subject), 0.5, text, 'putBeforeSubject')] : [];
  });
