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

export const themeAfterName: Cue<string> = ({ layout, titleBlocks }: NoteLayout) =>
  titleBlocks.flatMap((index) => {
    const theme = spaced(layout[index]?.text ?? '');
    const repeated = titleBlocks.some(
      (other) => other !== index && repeatedAfterName(theme, spaced(layout[other]?.text ?? '')),
    );
    return repeated ? [candidate(unquote(theme), 0.72, theme, 'themeAfterName')] : [];
  });
