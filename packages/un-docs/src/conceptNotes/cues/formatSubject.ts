import type { Candidate } from './Candidate.js';
import { subjectOf } from './subjectOf.js';
import { themed } from './themed.js';
import { kindNamed, kindSpan } from '../kindsNamed.js';
import type { NoteLayout } from '../layout/NoteLayout.js';
import { mailHeader } from '../mailHeader.js';

// Session 24: the sentence the format was read from names the meeting the text is about; the
// subject that follows its kind there ("… un debate abierto sobre X, bajo la presidencia de …",
// "… the interactive dialogue on X, which …") is that meeting's theme, whatever verb the sentence
// uses (the other sentence cues each need a verb of announcing, holding or planning). On holdouts
// 4–14 as written, 14 notes whose theme a sentence named got none, and 40 of 49 wrong themes were
// never proposed by any cue; read so, the format's own sentence would have given four of them and
// taken no right theme away. Only the first sentence of the source naming a kind is read, when that
// kind is of the vocabulary (a bare "session" or "segment" has a programme, not a subject), only for the subject right after that kind (at most a few words of level, body or day
// between), and it ranks with a sentence's subject (0.5), after every other cue.

/** How far after the kind its subject may begin: its body's name, a day set off by commas. */
const NEAR = 80;

/** The sentences of the format's source (a line, or a paragraph of several sentences). */
function sentencesOf(note: NoteLayout, source: string): string[] {
  const inSource = note.sentences.map(({ text }) => text).filter((text) => source.includes(text));
  return inSource.length > 0 ? inSource : [source];
}

/** The subject named right after the kind in the sentence the format was read from, if any. */
export function formatSubject(note: NoteLayout, formatSource: string | null): Candidate<string>[] {
  if (!formatSource || formatSource.trim().length === 0) return [];
  // A message's subject line names the meeting in short (themeFieldCues.ts): it is no sentence.
  const header = mailHeader(note.blocks);
  if (note.blocks.some((block, index) => header.has(index) && block.includes(formatSource)))
    return [];
  // The first sentence naming a kind, even a bare one ("the Segment"), is the meeting's.
  const text = sentencesOf(note, formatSource).find((sentence) => kindNamed(sentence) !== null);
  const kind = text === undefined ? null : kindSpan(text);
  if (text === undefined || !kind) return [];
  const rest = text.slice(kind.index);
  const subject = subjectOf(rest, false);
  if (!subject) return [];
  const at = rest.indexOf(subject);
  return at >= 0 && at - (kind.end - kind.index) <= NEAR
    ? [themed(subject, 0.5, text, 'formatSubject')]
    : [];
}
