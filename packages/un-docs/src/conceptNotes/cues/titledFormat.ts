// The format a note's title lines give its meeting, over or beside the one its sentences name
// (findFormat.ts): a title's own kind outside the vocabulary, and a titled high-level meeting.
import type { NoteLayout } from '../layout/NoteLayout.js';
import type { Candidate } from './Candidate.js';
import { titleKind, type TitleKind } from './titleKind.js';
import { titledHighLevelMeeting } from './titledHighLevelMeeting.js';

/** The kind the first title line opening with one outside the vocabulary names (titleKind.ts). */
function kindOfTitle(note: NoteLayout): { kind: TitleKind; source: string } | null {
  for (const index of note.titleBlocks) {
    const source = note.layout[index]?.text ?? '';
    const kind = titleKind(source);
    if (kind) return { kind, source };
  }
  return null;
}

// Round 12a: the title's own kind ("TRAINING WORKSHOP", "High-level policy dialogue with …")
// names the meeting more exactly than the vocabulary's word for it ("workshop") and wins over a
// format merely mentioned first ("the 2027 High-level Segment" the dialogue is part of); a
// field, the form the note gives its meeting or the verb announcing it keep their own kind
// unless it is the title's head noun ("will convene a briefing" under "TECHNICAL BRIEFING").
const SURE_CUES = new Set(['formatField', 'takesTheForm', 'announcedFormat']);

function withTitleKind(
  found: Candidate<string> | null,
  note: NoteLayout,
): Candidate<string> | null {
  const title = kindOfTitle(note);
  if (!title) return found;
  const { kind, source } = title;
  const titled = { value: kind.format, confidence: 0.8, source, cue: 'titleKind' };
  if (!found) return titled;
  if (found.value === kind.head || found.value.endsWith(` ${kind.head}`)) {
    // The qualifiers either gives, in the title's order: "high-level" + "technical briefing".
    const extra = found.value
      .slice(0, found.value.length - kind.head.length)
      .trim()
      .split(' ')
      .filter((word) => word !== '' && !kind.format.split(' ').includes(word));
    return { ...titled, value: [...extra, kind.format].join(' ') };
  }
  return SURE_CUES.has(found.cue) ? found : titled;
}

/**
 * Round 23: a high-level meeting a title line names “High-level meeting on …” takes that line's
 * qualifiers, not a later sentence's length (cues/titledHighLevelMeeting.ts).
 */
function asTitled(found: Candidate<string> | null, note: NoteLayout): Candidate<string> | null {
  if (!found?.value.endsWith('high-level meeting')) return found;
  const titles = note.titleBlocks.map((index) => note.layout[index]?.text ?? '');
  const titled = titledHighLevelMeeting(titles);
  return titled ? { ...found, value: titled.format } : found;
}

/** `found` as the note's title lines name it. */
export function titledFormat(
  found: Candidate<string> | null,
  note: NoteLayout,
): Candidate<string> | null {
  return asTitled(withTitleKind(found, note), note);
}
