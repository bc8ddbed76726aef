import { findDates } from '../../dates/findDates.js';
import type { NoteLayout } from '../layout/NoteLayout.js';
import { candidate, type Candidate, type Cue } from './Candidate.js';

// Round 29: a page flattened to one paragraph runs its heading lines together ("… Virtual
// attendance. Women's empowerment and the link to sustainable development (Agreed Conclusions of
// the sixtieth session) Tuesday 23 March and Wednesday, 24 March, 9.00 –11.00 a.m., Informal
// virtual meeting Overview."), under a title line that shortens the theme to its first words and
// may open with a session's tag ("CSW65 Women's empowerment"). The theme is the run in the
// paragraph that opens a sentence with the title's words and goes on to where the flattened
// heading ended: a bracket, or the day the meeting is held. Only a run that stops there counts,
// so a sentence that merely opens with the title's words ("Climate security remains …") does
// not. A theme named in full outranks the title that shortens it (the convention), so it stands
// just above a title line's subject.

const SESSION_TAG = /^\p{Lu}{2,6}\s?\d{1,3}\s+/u;
const WEEKDAY =
  /(?<![\p{L}])(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo)(?![\p{L}])/iu;
const MAX_TITLE_WORDS = 8;
const MAX_RUN = 160;

function shortTitle(line: string): string | null {
  const title = line.replace(SESSION_TAG, '').trim();
  const words = title.split(/\s+/u).length;
  return words >= 2 && words <= MAX_TITLE_WORDS && !/[.:;!?]$/u.test(title) ? title : null;
}

/** Where the flattened heading ends: the first bracket or day after the title's words. */
function headingEnd(text: string, from: number): number | null {
  const rest = text.slice(from);
  const stops = [rest.indexOf(' ('), rest.search(WEEKDAY), findDates(rest)[0]?.index ?? -1].filter(
    (at) => at > 0,
  );
  const end = stops.length > 0 ? Math.min(...stops) : -1;
  return end > 0 && end <= MAX_RUN && !/[.;:!?]\s/u.test(rest.slice(0, end)) ? from + end : null;
}

export const headingRunOn: Cue<string> = ({ layout, titleBlocks, sentences }: NoteLayout) =>
  titleBlocks.flatMap((index): Candidate<string>[] => {
    const title = shortTitle(layout[index]?.text ?? '');
    if (!title) return [];
    const opening = title.toLowerCase();
    return sentences.flatMap(({ text, block }) => {
      // The title's phrase goes on ("… empowerment and the link …"), not a running header's
      // next part ("Peacebuilding Commission - Concept Note (as of …)").
      const goesOn = /^\s+\p{Ll}/u.test(text.slice(opening.length));
      if (block <= index || !text.toLowerCase().startsWith(opening) || !goesOn) return [];
      const end = headingEnd(text, opening.length);
      const run = end === null ? '' : text.slice(0, end).replace(/[\s,–—-]+$/u, '');
      return run.length > title.length ? [candidate(run, 0.6, text, 'headingRunOn')] : [];
    });
  });
