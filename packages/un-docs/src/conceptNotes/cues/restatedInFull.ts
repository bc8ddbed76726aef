import type { Candidate } from './Candidate.js';
import type { NoteSentence } from '../NoteText.js';
import { namesInFull } from './themeInFull.js';
import { themed } from './themed.js';

// Round 36h (the convention "a theme named twice is taken where it is named in full"): a news
// item announces the meeting shortly ("va organiser un débat public sur la lutte contre le
// terrorisme le 19 novembre"), then a later sentence opens on the same meeting, named with the
// definite article and its subject in full ("Le débat public sur les efforts mondiaux de lutte
// contre le terrorisme, l'extrémisme violent et … sera le moment fort de la présidence", "The
// debate on X will be …", `El debate sobre X será …`). That subject, up to the sentence's verb,
// holds every word of the shorter one and more: it is put just above it.

const RESTATED =
  /^(?:le|la|l['’]|the|el)\s*(?:[\p{L}-]+\s+){0,3}?(?:débat|debate|réunion|meeting|reunión|séance|sesión|dialogue|diálogo|briefing|discussion)(?:\s+[\p{L}-]+){0,2}?\s+(?:sur|on|sobre)\s+(?<subject>.+?)\s+(?:sera|seront|est|will|shall|would|is|será|es|devrait|debería|va|aura)(?![\p{L}])/iu;

const ASIDE =
  /,\s+(?:to\s+be\s+held|to\s+take\s+place|held|taking\s+place|which|that|qui|que|prévue?s?|previst[oa]s?)(?![\p{L}]).*$/iu;

function restatedSubjects(sentences: readonly NoteSentence[]): { value: string; source: string }[] {
  return sentences.flatMap(({ text }) => {
    // Round h13t: the subject ends where an aside on the meeting's time or place begins (", to be
    // held during …,", ", to take place in March,", ", which will …").
    const value = RESTATED.exec(text)?.groups?.subject?.replace(ASIDE, '');
    return value ? [{ value, source: text }] : [];
  });
}

/** `candidates`, with a later sentence's fuller naming of a theme just above it. */
export function restatedInFull(
  candidates: readonly Candidate<string>[],
  sentences: readonly NoteSentence[],
): Candidate<string>[] {
  const restated = restatedSubjects(sentences);
  const fuller = candidates.flatMap((shorter) => {
    const full = restated.find(
      ({ value, source }) => source !== shorter.source && namesInFull(value, shorter.value),
    );
    return full
      ? [themed(full.value, shorter.confidence + 0.01, full.source, 'restatedInFull')]
      : [];
  });
  return [...candidates, ...fuller];
}
