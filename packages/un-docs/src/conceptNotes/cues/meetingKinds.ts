import { FORMATS } from '../formatVocabulary.js';
import { BODY_NAMES } from './bodyNames.js';
import { MEETING_WORD } from '../meetingWords.js';

// A line that names only the kind of meeting — "Evento paralelo", "Workshop", "UNGA
// High-level Thematic Debate", "Security Council open debate (high-level)", "Réunion en
// formule Arria du Conseil de sécurité" — read by the closed vocabulary of UN meeting kinds
// (the formats, in the three languages) rather than phrase by phrase: with the meeting kinds,
// bodies, acronyms, years and linking words taken out, nothing that could be a theme is left.

const BODIES = new RegExp(BODY_NAMES.map(([, pattern]) => pattern.source).join('|'), 'giu');
// Words that may stand beside a meeting kind without saying what it is about. Round 32a: with
// "interactive" (`interactif`, `interactiva`), a qualifier of the closed list (formatQualifiers.ts).
const FILLER =
  /(?<![\p{L}])(?:high-level|de haut niveau|de alto nivel|united nations|nations unies|naciones unidas|con arreglo a|concept note|note conceptuelle|nota conceptual|d['’]une journée|the|of|and|du|de|des|la|le|l|del|el|los|las|y|et|en|a|an|un|une|una|UN|UNGA|GA|ECOSOC|HRC|PBC|annual|annuel(?:le)?|anual|ministerial|ministériel(?:le)?|informal|informel(?:le)?|oficios[oa]|interactive|interacti(?:f|ve)|interactiv[oa]|virtual|hybrid|public|publique|formule|formula|fórmula|selon|con arreglo a|meeting|réunion|reunión|debate|débat|session|sesión|sesiones|período|periodo|période|séance|event|evento|manifestation|thematic|thématique|temático|full-day|d['’]une journée|training|formación|formation|course|cours|curso|paralelo|parallèle|concept note|note conceptuelle|nota conceptual|\d{1,4}(?:st|nd|rd|th|e|er|ème|\.?º|\.?ª)?)(?![\p{L}])/giu;

// Who holds it may follow the kind: "Side event hosted by Jordan and Uganda", "Evento paralelo
// auspiciado por Colombia y España".
// Or the occasion it is held beside: "Side event on the margins of the second session of
// the United Nations Habitat Assembly", `en marge de`, `en el marco de`.
const OCCASION =
  /\s+(?:(?:on|at)\s+the\s+(?:margins?|sidelines?|side-lines?|fringes?|occasion)\s+of|en\s+marge\s+(?:de|du|des)|al\s+margen\s+(?:de|del)|en\s+el\s+marco\s+(?:de|del)|during\s+the\s+[\p{L}\d-]+\s+session\s+of)\b.*$/iu;
const HELD_BY =
  /,?\s*(?:co-?)?(?:hosted|convened|organi[sz]ed|chaired|sponsored|organisée?|accueillie?|convoquée?|auspiciad[oa]|organizad[oa]|convocad[oa]|patrocinad[oa])\s+(?:jointly\s+)?(?:by|par|por)\s.*$/iu;

/** True when `text` names a kind of meeting and nothing else. */
export function isBareMeetingKind(text: string): boolean {
  if (text.length > 120 || !FORMATS.some(([pattern]) => pattern.test(text))) return false;
  return namesNothingElse(text);
}

// Round 34k: a bare meeting word alone, outside the formats, as a mission's events page labels an
// item ("Evento: Mujeres rurales y acción climática", "Event: …", `Réunion : …`).
const BARE_WORD = new RegExp(String.raw`^\s*(?:${MEETING_WORD.source})\s*$`, 'iu');

/** True when `text` names a kind of meeting, in the vocabulary or by a bare meeting word, and nothing else. */
export function isMeetingKindLabel(text: string): boolean {
  return isBareMeetingKind(text) || BARE_WORD.test(text);
}

/** True when `text` holds only meeting kinds, bodies, years and linking words ("Peacebuilding Commission"). */
export function namesNothingElse(text: string): boolean {
  let rest = text.replace(HELD_BY, '').replace(OCCASION, '');
  for (const [pattern] of FORMATS) rest = rest.replace(new RegExp(pattern.source, 'giu'), ' ');
  rest = rest.replace(BODIES, ' ').replace(FILLER, ' ');
  return !/\p{L}{2,}/u.test(rest.replace(/[()[\]|:,.–—-]/gu, ' '));
}

const LAST_CUT = /\s+[–—|-]\s+(?!.*\s[–—|-]\s)/u;

/** "X — 58.º período de sesiones" → "X": a title's last segment naming only a session, body or year. */
export function withoutTrailingNames(title: string): string {
  const cut = LAST_CUT.exec(title);
  if (!cut) return title;
  const tail = title.slice(cut.index + cut[0].length);
  return namesNothingElse(tail) ? title.slice(0, cut.index) : title;
}
