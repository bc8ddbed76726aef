import { recordsPast } from '../sentenceTense.js';
import { MEETING_WORD } from '../meetingWords.js';
import { beginsFirst } from './beginsOnDay.js';

// Decided at round 23: a meeting told in the present tense with no day at all is a meeting ahead,
// as one held “today” is (cues/heldToday.ts): a UN press page written before the meeting opens
// “The Security Council holds its annual open debate on working methods, convened under …”,
// `Le Conseil de sécurité tient son débat public annuel sur …`, `El Consejo de Seguridad celebra
// su debate abierto anual sobre …`. A past tense (“held”, “took place”, “convened”) still marks a
// record, as a reporting verb does (“speakers said … as the Council holds its debate”). Only the clause holding the meeting is read, up to its first comma: a participle after
// it (“the compendium … adopted in December 2024”) tells of another thing than the meeting.

const HOLDS_NOW = String.raw`(?:holds|is\s+holding|convenes|is\s+convening|hosts|is\s+hosting|tient|organise|réunit|realiza|celebra|lleva\s+a\s+cabo|sostiene)`;
// One meeting, named with its article (“its annual open debate”, `son débat public`, `su debate
// abierto`): “The Council holds open debates and briefings” describes its practice, not a meeting.
const ONE = String.raw`(?:its|an?|the|this|son|sa|un|une|le|la|ce|cette|su|una?|el|este|esta)`;
const HOLDS_MEETING = new RegExp(
  String.raw`(?<![\p{L}])${HOLDS_NOW}\s+${ONE}\s+(?:[\p{L}'’-]+\s+){0,3}?${MEETING_WORD.source}`,
  'iu',
);

/** A sentence whose main clause holds a meeting in the present (“holds its annual open debate”). */
export function holdsInPresent(sentence: string): boolean {
  // Round h12t: or begins it in the present, the verb first as in a headline (beginsOnDay.ts).
  if (beginsFirst(sentence)) return !recordsPast(sentence);
  const match = HOLDS_MEETING.exec(sentence);
  if (!match || /s$/iu.test(match[0])) return false;
  const comma = sentence.indexOf(',', match.index + match[0].length);
  const clause = sentence.slice(0, comma < 0 ? undefined : comma);
  return !recordsPast(clause);
}
