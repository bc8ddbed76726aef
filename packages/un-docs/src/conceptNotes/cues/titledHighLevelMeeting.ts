import { qualifiedFormat } from './formatQualifiers.js';

// Decided at round 23 (the length convention, “the qualifiers are those of the phrase the format
// is read from”): a title line that names the meeting “High-level meeting on …” (`Réunion de haut
// niveau sur …`, `Reunión de alto nivel sobre …`, also “High Level Meeting”, “High-level plenary
// meeting of the General Assembly on …”) gives the format by that name, even where a later
// sentence convenes “a two-day high-level meeting”: the title is the meeting's name, the
// sentence's length its logistics. Only the title's own qualifiers are kept (“Annual high-level
// meeting on …”).

const TITLED = new RegExp(
  [
    String.raw`\bhigh[- ]level\s+(?:plenary\s+)?meeting(?=(?:\s+of\s+the\s+General\s+Assembly)?\s+on\s)`,
    String.raw`(?<![\p{L}])(?:réunion|séance)\s+(?:plénière\s+)?de\s+haut\s+niveau(?=(?:\s+de\s+l['’]Assemblée\s+générale)?\s+sur\s)`,
    String.raw`(?<![\p{L}])(?:reunión|sesión)\s+(?:plenaria\s+)?de\s+alto\s+nivel(?=(?:\s+de\s+la\s+Asamblea\s+General)?\s+sobre\s)`,
  ].join('|'),
  'iu',
);

/** The format the first title line naming a “High-level meeting on …” gives it, with its source. */
export function titledHighLevelMeeting(
  titles: readonly string[],
): { format: string; source: string } | null {
  for (const line of titles) {
    const match = TITLED.exec(line);
    if (!match) continue;
    const end = match.index + match[0].length;
    return { format: qualifiedFormat(line, match.index, end, 'high-level meeting'), source: line };
  }
  return null;
}
