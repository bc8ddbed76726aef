import type { Cue } from './Candidate.js';
import { QUOTED, quotedWords } from './quoted.js';
import { themed } from './themed.js';
import { placed } from './themePlaced.js';
import { YEAR_AFTER_KIND } from './yearAfterKind.js';
import { MEETING_WORD } from './themeHeadingCues.js';

// Round t42b: the theme quoted first, then named as such ("“X” is the theme for this year", "“X”
// will be the theme of the panel", `« X » est le thème retenu pour cette année`, `«X» será el
// tema del foro`), the order of "The theme of the meeting is “X”" (themeFieldCues.ts, themeIs)
// turned round. The quotation must be the copula's subject: nothing but a space stands between
// its closing mark and the verb. Not a sub-theme (subTheme.ts), nor one theme among others ("is
// one of the themes").

const VERB = String.raw`(?:is|was|will\s+be|has\s+been\s+chosen\s+as|est|était|sera|a\s+été\s+retenu\s+comme|es|era|será|fue)`;
const NAMED_THEME = String.raw`(?:the|this\s+year['’]s|le|el)\s+(?:(?:overall|main|central|overarching|general|principal|priority)\s+)?(?:theme|thème|tema|motto|lema)(?:\s+(?:général|central|principal|prioritaire|retenu|choisi|elegido))?`;
const AFTER_THEME = String.raw`(?:\s+(?:of|for|de|du|del|pour|para)\s+(?:[\p{L}\d'’-]+\s+){0,4}?(?:${MEETING_WORD}|forum|foro|year|année|año)${YEAR_AFTER_KIND}|\s+(?:this\s+year|cette\s+année|este\s+año))?`;
const QUOTED_THEN_THEME = new RegExp(
  String.raw`${QUOTED}[.,]?\s+${VERB}\s+${NAMED_THEME}${AFTER_THEME}\s*[.;]?$`,
  'iu',
);

export const quotedThenTheme: Cue<string> = ({ sentences }) =>
  sentences.flatMap(({ text }) => {
    const words = quotedWords(QUOTED_THEN_THEME.exec(text));
    return words ? [themed(words, placed(0.8, text), text, 'quotedThenTheme')] : [];
  });
