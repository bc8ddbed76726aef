import type { NoteLayout } from '../layout/NoteLayout.js';

// A value a cue proposes for a field, with how sure the cue is and the words it read it
// from. Every field collects candidates from several cues and keeps the surest.

export interface Candidate<T> {
  value: T;
  /** 0–1: a labelled header field is near 1, a guess from context nearer 0.5. */
  confidence: number;
  /** The sentence or line the value was read from. */
  source: string;
  /** The cue's name, for debugging and the docs. */
  cue: string;
}

export function candidate<T>(
  value: T,
  confidence: number,
  source: string,
  cue: string,
): Candidate<T> {
  return { value, confidence, source, cue };
}

export type Cue<T> = (note: NoteLayout) => Candidate<T>[];

/** The surest candidate; among equals, the one a cue listed first. */
export function pickBest<T>(candidates: readonly Candidate<T>[]): Candidate<T> | null {
  let best: Candidate<T> | null = null;
  for (const candidate of candidates) {
    if (!best || candidate.confidence > best.confidence) best = candidate;
  }
  return best;
}

export function runCues<T>(note: NoteLayout, cues: readonly Cue<T>[]): Candidate<T>[] {
  return cues.flatMap((cue) => cue(note));
}
