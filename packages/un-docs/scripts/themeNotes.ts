// The inputs the theme chooser reads for each concept note of a fixture folder: the expected
// theme (as the scorer compares it), the cues' candidates and the wide ones. Shared by
// themeRecall.ts and trainTheme.ts (session 29).
import { bodyCandidates } from '../src/conceptNotes/cues/bodyCues.js';
import { pickBest, type Candidate } from '../src/conceptNotes/cues/Candidate.js';
import { themeCandidates } from '../src/conceptNotes/cues/themeCues.js';
import {
  wideThemeCandidates,
  type WideCandidate,
} from '../src/conceptNotes/cues/wideThemeCandidates.js';
import { findFormat } from '../src/conceptNotes/findFormat.js';
import { toNoteLayout, type NoteLayout } from '../src/conceptNotes/layout/NoteLayout.js';
import { readDocument } from '../src/readers/readDocument.js';
import { comparable, fixtureNotes } from './fixtureNotes.js';

export interface NoteThemeInput {
  name: string;
  want: string | null;
  note: NoteLayout;
  cued: Candidate<string>[];
  wide: WideCandidate[];
}

export async function noteThemeInputs(dir: string): Promise<NoteThemeInput[]> {
  const inputs: NoteThemeInput[] = [];
  for (const { name, fileName, bytes, expected } of fixtureNotes(dir)) {
    const text = (await readDocument(bytes, { fileName }).catch(() => null))?.text;
    if (text === undefined) continue;
    const note = toNoteLayout(text);
    const format = findFormat(note, pickBest(bodyCandidates(note))?.value ?? null);
    const cued = themeCandidates(note, format?.value ?? null, format?.source ?? null);
    const want = comparable(expected.theme);
    inputs.push({ name, want, note, cued, wide: wideThemeCandidates(note, cued) });
  }
  return inputs;
}
