import type { Cue } from './Candidate.js';
import { themed } from './themed.js';

// Round w37bt: a meeting held to hear a briefing names its subject by that briefing ("Informal
// meeting of the plenary to hear a briefing by the Special Envoy of the Secretary-General on
// Myanmar", `Réunion informelle de la plénière pour entendre un exposé de l'Envoyée spéciale … sur
// le Soudan`, `sesión … para escuchar una exposición informativa de …`): the briefing, who gives it
// and on what, is the theme, without the kind of meeting it is heard at, and up to a dash or a
// bracket that gives the session (" - 77th session") or the day.

const MEETING = String.raw`(?:meeting|plenary|session|réunion|séance|plénière|reunión|sesión|plenaria)`;
const HEARS = String.raw`(?:to\s+hear|pour\s+entendre|para\s+escuchar)`;
const BRIEFING = String.raw`(?:a|an|un|une|una)\s+(?:briefing|update|presentation|exposé|exposición(?:\s+informativa)?|informe\s+oral)`;
const HEARD = new RegExp(
  String.raw`(?<![\p{L}])${MEETING}(?:\s+[\p{L}'’-]+){0,5}?\s+${HEARS}\s+(${BRIEFING}\s+(?:by|of|from|de|du|de\s+la|del)\s[^.;:()]{4,200}?)(?:\s+[-–—]\s|\s*\(|\.?$)`,
  'iu',
);

export const heardBriefing: Cue<string> = ({ sentences }) =>
  sentences.flatMap(({ text }) => {
    const words = HEARD.exec(text)?.[1]?.trim();
    return words ? [themed(words, 0.6, text, 'heardBriefing')] : [];
  });
