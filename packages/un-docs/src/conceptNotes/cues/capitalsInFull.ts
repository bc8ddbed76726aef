import type { Candidate } from './Candidate.js';
import { namesInFull } from './themeInFull.js';

// Round t40b, by the convention "a theme named twice is taken where it is named in full": a
// subject written in capitals is a headline's ("LE CONSEIL … TIENDRA UNE SESSION EXTRAORDINAIRE
// SUR LA SITUATION AU BURUNDI"), and a headline shortens; a subject read from another line that
// holds every word of it and more ("la situation des droits de l'homme au Burundi") is put just
// above it.

const CAPITALS = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;

export function capitalsInFull(candidates: readonly Candidate<string>[]): Candidate<string>[] {
  const fuller = candidates.flatMap((short) => {
    if (!CAPITALS.test(short.value)) return [];
    const full = candidates.find(
      ({ value, source }) =>
        source !== short.source && !CAPITALS.test(value) && namesInFull(value, short.value),
    );
    return full ? [{ ...full, confidence: short.confidence + 0.01, cue: 'capitalsInFull' }] : [];
  });
  return [...candidates, ...fuller];
}
