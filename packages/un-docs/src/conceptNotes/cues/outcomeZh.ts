// Round zh (session 19): a Chinese note's expected outcome, given its usual name in English as
// the other languages' are (findExpectedOutcome.ts): a `预期成果：` field, or a sentence under
// the outcome's heading or looking ahead to a product (`拟通过一项主席声明`, `将发布一份主席总结`,
// `不寻求达成谈判成果文件`).
import type { Candidate } from './Candidate.js';
import type { NoteText } from '../NoteText.js';

const PRODUCTS: readonly [RegExp, string][] = [
  [
    /(?:不|无意|没有|并不)(?:寻求|谋求|打算|计划|会|产生|形成|通过|达成)?[^。]{0,8}?(?:谈判(?:达成的)?|正式|书面)?成果(?:文件)?|无(?:正式|谈判)?成果/u,
    'no formal outcome',
  ],
  [/主席声明/u, 'presidential statement'],
  [/新闻声明/u, 'press statement'],
  [/新闻谈话要点/u, 'press elements'],
  [/部长(?:级)?宣言/u, 'ministerial declaration'],
  [/政治宣言/u, 'political declaration'],
  [/(?:一项|一份)决议(?:草案)?|决议草案|通过决议/u, 'resolution'],
  [/联合声明/u, 'joint statement'],
  [/(?:总结|摘要)报告/u, 'summary report'],
  [/(?:共同)?主持人总结|共同主席总结/u, "co-chairs' summary"],
  [/(?:大会|理事会)?主席(?:的)?(?:总结|摘要)/u, "President's summary"],
  [/成果文件/u, 'outcome document'],
];
const FIELD = /^(?:预期|预计)?(?:成果|产出)(?:文件)?[:：]\s*(.+)$/u;
const HEADING = /^(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.．]\s*)?(?:预期|预计)?(?:成果|产出)$/u;
// Round h14t: `谋求` (seek) as `寻求` (`本次辩论不谋求通过成果文件`).
const AHEAD = /将|拟|预计|计划|寻求|谋求|打算|不会|无意/u;

function productIn(text: string): string | null {
  return PRODUCTS.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}

/** The expected outcome a Chinese note names, or null. */
export function outcomeZh({ blocks, sentences }: NoteText): Candidate<string> | null {
  for (const { text } of sentences) {
    const value = FIELD.exec(text.trim())?.[1];
    const product = value ? productIn(value) : null;
    if (product) return { value: product, confidence: 0.9, source: text, cue: 'outcomeZh' };
  }
  const heading = blocks.findIndex((block) => HEADING.test(block.trim()));
  for (const { text, block } of sentences) {
    const underHeading = heading >= 0 && block > heading && block <= heading + 2;
    const product = underHeading || AHEAD.test(text) ? productIn(text) : null;
    if (product && /\p{Script=Han}/u.test(text))
      return { value: product, confidence: 0.8, source: text, cue: 'outcomeZh' };
  }
  return null;
}
