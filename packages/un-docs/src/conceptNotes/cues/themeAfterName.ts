import type { NoteLayout } from '../layout/NoteLayout.js';
import { candidate, type Cue } from './Candidate.js';
import { unquote } from './quoted.js';

// Round 24: a page may print the theme on a title line of its own and again on the next, glued
// after the meeting's name with no mark between them (“Youth shaping … : Reinforcing …” /
// “Economic and Social Council Youth Forum Youth shaping …: Reinforcing …”), a two-line title
// flattened. The line the other repeats after a name ending in a kind of meeting (“… Youth
// Forum”, “… Partnership Forum”, a year allowed after it) is the theme, as printed; a blog's
// own title line above it (“2024 ECOSOC Youth Forum: … — A Light Bulb of …”) names the forum,
// not the theme. As sure as a title line naming its meeting (0.72).

const KIND_AT_END =
  /(?<![\p{L}])(?:forum|foro|meeting|réunion|reunión|debate|débat|dialogue|diálogo|segment|session|sesión|séance|event|evento|hearing|panel|conference|conférence|conferencia|summit|sommet|cumbre|workshop|atelier|taller|round[\s-]?table|table ronde|mesa redonda)(?:\s+(?:19|20)\d{2})?$/iu;

const spaced = (text: string): string => text.replace(/\s+/g, ' ').trim();

function repeatedAfterName(theme: string, line: string): boolean {
  if (theme.length < 12 || line.length <= theme.length) return false;
  if (!line.toLowerCase().endsWith(` ${theme.toLowerCase()}`)) return false;
  const name = line.slice(0, line.length - theme.length).trim();
  return name.split(' ').length >= 2 && KIND_AT_END.test(name);
}

// The other line as printed, or run on into the title line after it: a PDF breaks a long title
// line, and a line ending in a colon stands apart (“… Youth Forum Youth shaping … solutions:” /
// “Reinforcing the 2030 Agenda …”).
function otherLines({ layout, titleBlocks }: NoteLayout, index: number): string[] {
  return titleBlocks.flatMap((other) => {
    if (other === index) return [];
    const line = spaced(layout[other]?.text ?? '');
    const next = layout[other + 1]?.text;
    return titleBlocks.includes(other + 1) && other + 1 !== index && next
      ? [line, spaced(`${line} ${next}`)]
      : [line];
  });
}

export const themeAfterName: Cue<string> = (note: NoteLayout) =>
  note.titleBlocks.flatMap((index) => {
    const theme = spaced(note.layout[index]?.text ?? '');
    const repeated = otherLines(note, index).some((line) => repeatedAfterName(theme, line));
    return repeated ? [candidate(unquote(theme), 0.72, theme, 'themeAfterName')] : [];
  });
