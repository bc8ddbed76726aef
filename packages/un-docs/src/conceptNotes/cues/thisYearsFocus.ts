import type { Cue } from './Candidate.js';
import { MEETING_WORD } from './themeHeadingCues.js';
import { themed } from './themed.js';

// Round w37bt: a recurring meeting keeps a standing name and takes a focus each year ("the annual
// interactive debate on the rights of persons with disabilities, which this year the Human Rights
// Council devotes to X", "…, whose focus this year is X", `…, que este año el Consejo dedica a X`,
// `…, qui sera consacré cette année à X`): this year's focus is the meeting's theme, over the
// standing name a title line or headline repeats. X runs to the sentence's end or a full stop.

const THIS_YEAR = String.raw`(?:this\s+year|este\s+año|cette\s+année)`;
const DEVOTES = String.raw`(?:devotes?\s+to|dedicates?\s+to|(?:is|will\s+be)\s+(?:devoted|dedicated)\s+to|will\s+(?:focus|centre|center)\s+on|focuses\s+on|dedica\s+a|estará\s+dedicad[oa]\s+a|se\s+centrará\s+en|consacre\s+à|sera\s+consacrée?\s+à|portera\s+sur)`;
const FOCUS_IS = String.raw`(?:whose\s+(?:focus|theme)\s+${THIS_YEAR}\s+is|cuyo\s+tema\s+${THIS_YEAR}\s+es|dont\s+le\s+thème\s+${THIS_YEAR}\s+est)`;
const RELATIVE = String.raw`,\s+(?:(?:which|que|qui)\s+(?:[^,.;]{0,60}?\s)?${THIS_YEAR}\s+(?:[^,.;]{0,60}?\s)?${DEVOTES}|${FOCUS_IS})`;
const FOCUS = new RegExp(
  String.raw`${MEETING_WORD}[^.;]{0,120}?${RELATIVE}\s+(.{4,250}?)\.?$`,
  'iu',
);

export const thisYearsFocus: Cue<string> = ({ sentences }) =>
  sentences.flatMap(({ text }) => {
    const words = FOCUS.exec(text)?.[1]?.trim();
    return words ? [themed(words, 0.85, text, 'thisYearsFocus')] : [];
  });
