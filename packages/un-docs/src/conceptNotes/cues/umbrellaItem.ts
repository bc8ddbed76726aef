import type { Candidate } from './Candidate.js';

// Round t40b: the Council's two umbrella agenda items ("Maintenance of international peace and
// security", "Threats to international peace and security", in French and Spanish too) name
// the item a meeting is held under, not what it is about: a title "Security Council Open
// Debate on the Maintenance of International Peace and Security" gives way to the sentence
// announcing the meeting "on the settlement of conflicts in the Middle East and North Africa".
// Such a candidate alone is put below any sentence's subject (0.5); with nothing else it stays.
// The corpus writes no theme that is only one of them (standing items with a subject of their
// own, "women and peace and security", are themes and are not touched).

const UMBRELLA = new RegExp(
  '^(?:(?:the|le|la|el)\\s+)?(?:' +
    [
      '(?:maintenance of|threats to) international peace and security',
      '(?:maintien de|menaces contre) la paix et (?:de )?la sécurité internationales',
      '(?:mantenimiento de|amenazas (?:a|contra)) la paz y la seguridad internacionales',
    ].join('|') +
    ')[\\s.,;:]*$',
  'iu',
);

/** Whether `value` is only an umbrella agenda item of the Council. */
export function isUmbrellaItem(value: string): boolean {
  return UMBRELLA.test(value.trim());
}

export const UMBRELLA_CONFIDENCE = 0.44;

/** Umbrella items lowered below a sentence's subject when another candidate is not one. */
export function belowOtherSubjects(candidates: readonly Candidate<string>[]): Candidate<string>[] {
  if (candidates.every(({ value }) => isUmbrellaItem(value))) return [...candidates];
  return candidates.map((found) =>
    isUmbrellaItem(found.value)
      ? { ...found, confidence: Math.min(found.confidence, UMBRELLA_CONFIDENCE) }
      : found,
  );
}
