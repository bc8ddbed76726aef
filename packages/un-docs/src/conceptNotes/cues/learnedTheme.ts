import type { NoteLayout } from '../layout/NoteLayout.js';
import { candidate, type Candidate } from './Candidate.js';
import { chooseTheme, noteContext } from './themeChooser.js';
import { THEME_WEIGHTS } from './themeWeights.js';
import { wideThemeCandidates } from './wideThemeCandidates.js';

// Session 29 (docs/importing.md, "Wide theme candidates and a learned chooser"): where the rules
// read no theme, the chooser learned from the corpus picks one of the wide candidates, but only
// when it is sure; its theme is shown to be checked. Decided on tuning data before the blind run.

const SURE = 0.8;
/** Below the review form's 0.6: a learned guess is always highlighted. */
const LEARNED_CONFIDENCE = 0.5;

/** The learned chooser's theme for a note whose cues read none, or null. */
export function learnedTheme(
  note: NoteLayout,
  cued: readonly Candidate<string>[],
): Candidate<string> | null {
  if (cued.length > 0) return null;
  const { chosen, probability } = chooseTheme(
    wideThemeCandidates(note, cued),
    noteContext(note.normalized, 0),
    THEME_WEIGHTS,
    false,
  );
  if (!chosen || probability < SURE) return null;
  return candidate(chosen.value, LEARNED_CONFIDENCE, chosen.context, 'learnedTheme');
}
