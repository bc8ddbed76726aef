import { candidate, type Cue } from './Candidate.js';
import { focusSubject } from './themeFocus.js';

// Round w38bt (decided in session 17): a note on one occurrence of a recurring meeting, its title
// lines naming the series ("Annual Panel on Human Rights and Persons with Disabilities", "Annual
// Special Meeting on International Cooperation in Tax Matters"), gives as its theme what the
// meeting "will focus on" (themeFocus.ts: "The panel will focus on the right to education of
// persons with disabilities"), over the series' standing name, as this year's focus does
// (thisYearsFocus.ts) without saying "this year": the focus is what delegations speak to.

const RECURRING =
  /(?<![\p{L}])(?:annual|biennial|yearly|annuel(?:le)?|biennal(?:e)?|anual|bienal)(?![\p{L}])/iu;

export const recurringFocus: Cue<string> = (note) => {
  const { blocks, titleBlocks } = note;
  // A title line, not a sentence: `r15c-page-metadata-date-line`, whose standing name is read from
  // the announcing sentence with no title line above it, keeps it (left to the coordinator).
  const titled = titleBlocks.some((index) => {
    const line = blocks[index] ?? '';
    return line.length < 150 && !/[.!?:]$/u.test(line) && RECURRING.test(line);
  });
  if (!titled) return [];
  const [first] = focusSubject(note);
  return first ? [candidate(first.value, 0.6, first.source, 'recurringFocus')] : [];
};
