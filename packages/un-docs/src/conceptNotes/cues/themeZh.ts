// Round zh (session 19): a Chinese note's theme. Chinese quotes a title in “…”, 《…》 or 「…」 and
// names it a theme before the quotation (`主题为“X”`, `题为“X”`, `主题：“X”`) or around it (`以“X”
// 为主题`, `围绕“X”主题`, `关于“X”的公开辩论`, `就“X”举行`) or right before the kind (`“X”高级别
// 公开辩论`); a title line may give the meeting's
// kind, then a colon and the theme (`阿里亚办法会议：X`). Round t40b: a few words may stand between
// the quotation and its `的` (`关于《发展权利宣言》执行情况的互动对话`, on the implementation of the
// Declaration): the quoted title is the theme. Written with no spaces, none of this is
// read by the other languages' word-bounded cues.
import type { Cue } from './Candidate.js';
import { themed } from './themed.js';
import { placed } from './themePlaced.js';
import { ZH } from '../formatVocabularyZh.js';
import { ZH_MEETING } from '../meetingWordsZh.js';

// Round t43b: a quotation closes on its own mark, so a title quoted within it stays in it
// (`主题为“X：落实《2030年议程》及其目标”` gives all of X, not X up to the inner `》`).
const QUOTED = String.raw`(?:“([^”\n]{2,200})”|"([^"\n]{2,200})"|「([^」\n]{2,200})」|《([^》\n]{2,200})》)`;
const KINDS = Object.values(ZH).join('|');

const NAMED_BEFORE = new RegExp(String.raw`(?:主题(?:为|是|[:：])|题为|名为)\s*${QUOTED}`, 'u');
const NAMED_AROUND = new RegExp(
  String.raw`${QUOTED}\s*(?:${KINDS})|(?:以|围绕)\s*${QUOTED}\s*(?:为主题|为题|主题|议题)|(?:关于|就)\s*${QUOTED}\s*(?:[^，。“”《》「」]{0,6}?的[^，。]{0,12}?(?:${ZH_MEETING}|${KINDS})|举行|召开)`,
  'u',
);

export const quotedThemeZh: Cue<string> = ({ sentences }) =>
  sentences.flatMap(({ text }) => {
    const match = NAMED_BEFORE.exec(text) ?? NAMED_AROUND.exec(text);
    const words = match?.slice(1).find((group) => group !== undefined);
    return words ? [themed(words, placed(0.9, text), text, 'quotedThemeZh')] : [];
  });

// `阿里亚办法会议：X`, `高级别会议：X`: a short title line, no sentence, its kind before the colon.
const KIND_TITLE = new RegExp(
  String.raw`^(?:${KINDS}|${ZH_MEETING})[:：]\s*([^。：:]{2,120})$`,
  'u',
);

export const kindTitleZh: Cue<string> = ({ layout }) =>
  layout.slice(0, 8).flatMap(({ text }) => {
    const words = KIND_TITLE.exec(text.trim())?.[1];
    return words ? [themed(words, 0.7, text, 'kindTitleZh')] : [];
  });
