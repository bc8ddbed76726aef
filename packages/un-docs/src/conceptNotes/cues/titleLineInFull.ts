import type { Candidate } from './Candidate.js';
import { namesInFull } from './themeInFull.js';

// Session 14 (round 34p), by the convention "a theme named twice is taken where it is named in
// full": a title line that names no meeting ("Global Plan of Action to Combat Trafficking in
// Persons", under a page's archive header) shortens the subject of the sentence announcing the
// meeting ("The high-level meeting … on the appraisal of the United Nations Global Plan of Action
// to Combat Trafficking in Persons will be held …"). That subject, holding every word of the line
// and more, is put just above the line; a title line naming the meeting is another cue's.

const TITLE_LINES = new Set(['openingHeading', 'lineAfterLabel', 'titleHeading']);

export function titleLineInFull(candidates: readonly Candidate<string>[]): Candidate<string>[] {
  const fuller = candidates.flatMap((title) => {
    if (!TITLE_LINES.has(title.cue)) return [];
    const full = candidates.find(
      ({ cue, value, source }) =>
        cue === 'announcedSubject' && source !== title.source && namesInFull(value, title.value),
    );
    return full ? [{ ...full, confidence: title.confidence + 0.01, cue: 'titleLineInFull' }] : [];
  });
  return [...candidates, ...fuller];
}
