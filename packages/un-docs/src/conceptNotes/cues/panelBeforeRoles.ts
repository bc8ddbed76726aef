import type { Cue } from './Candidate.js';
import { themed } from './themed.js';

// Round t41b: an order of the day or a programme copied from a PDF or a web page runs its lines
// together, so a panel's title stands inside a block between the item it is held under and the
// next label ("… 48th meeting Panel discussion on the incompatibility between democracy and
// racism Chair: H.E. Mr. …", "… Programme of Action (contd) Panel on best practices in the fight
// against racism … Panelists: Mr. …"). The panel, round table or interactive dialogue named with a
// capital and its subject, up to a label of a programme's roles and a colon (Chair, Moderator,
// Panellists, Speakers, Opening statements, and their French and Spanish names), is the meeting
// the programme lists, and its subject the theme. No sentence ends inside it.

const KIND = String.raw`(?:(?:High-level\s+)?Panel(?:\s+discussion)?|Interactive\s+dialogue|Round[\s-]?table|Roundtable|Table\s+ronde|Réunion-débat|Dialogue\s+interactif|Mesa\s+redonda|Diálogo\s+interactivo)`;
const ROLE = String.raw`(?:Chair(?:person|s)?|Co-?[Cc]hairs?|Moderators?|Panel(?:l)?ists|Speakers|Discussants|Opening\s+(?:statements?|remarks)|Keynote(?:\s+speakers?)?|Facilitators?|Président(?:e)?|Modérat(?:eur|rice)s?|Panélistes|Intervenants|Presidente|Moderador(?:a)?|Panelistas|Ponentes|Oradores)`;
const PANEL_BEFORE_ROLE = new RegExp(
  String.raw`(?<![\p{L}])${KIND}\s+(?:on|sur|sobre)\s+([^:;•\n]{8,300}?)(?<![.!?])\s+${ROLE}\s*:`,
  'u',
);

/** The subject of a panel named in a run-together programme before a role's label, or null. */
export function panelBeforeRole(text: string): string | null {
  const subject = PANEL_BEFORE_ROLE.exec(text)?.[1]?.trim();
  return subject && !/[.!?]\s+\p{Lu}/u.test(subject) ? subject : null;
}

export const panelBeforeRoles: Cue<string> = ({ layout }) =>
  layout.flatMap(({ text }) => {
    const subject = panelBeforeRole(text);
    return subject ? [themed(subject, 0.5, text, 'panelBeforeRoles')] : [];
  });
