import type { Cue } from './Candidate.js';
import { QUOTED, quotedWords } from './quoted.js';
import { MEETING_WORD } from './themeHeadingCues.js';
import { themed } from './themed.js';

// Round w38at: a title line naming the occasion, then a colon, then the session's title in
// quotation marks (“HLPF: “Lessons learned from the first cycle of HLPF …: What should Heads of
// State and Government know and how can we improve the HLPF?””, `FPHN 2027 : « Ne laisser
// personne de côté : comment mesurer … ? »`): the quotation is the theme, as a title line that
// is only a quotation is (`quotedTitle`, titleLineCues.ts), also when it asks a question. One
// that ends with a full stop or an exclamation still quotes someone's words (round 18). The
// occasion is an acronym (“HLPF”, `FPHN 2027`) or names a meeting (“Youth Forum session”).

const LABELLED = new RegExp(String.raw`^([^:“”"«»‘’]{2,40}?)\s*:\s*${QUOTED}$`, 'u');
const OCCASION = new RegExp(
  String.raw`${MEETING_WORD}|(?<![\p{L}])(?:forum|summit|week|conference|foro|cumbre|sommet)(?![\p{L}])`,
  'iu',
);
const ACRONYM = /(?<![\p{L}])\p{Lu}{2,}(?![\p{L}])/u;

export const occasionQuotedTitle: Cue<string> = ({ blocks, titleBlocks }) =>
  titleBlocks.flatMap((index) => {
    const block = (blocks[index] ?? '').trim();
    const match = LABELLED.exec(block);
    const occasion = match?.[1] ?? '';
    const words = quotedWords(match, 2);
    const named = ACRONYM.test(occasion) || OCCASION.test(occasion);
    return words && named && !/[.!]$/u.test(words)
      ? [themed(words, 0.75, block, 'occasionQuotedTitle')]
      : [];
  });
