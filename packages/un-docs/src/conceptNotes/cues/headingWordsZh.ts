// Round zh (session 19): what a Chinese heading introduces, by the words it holds, as
// `listHeadingWords.ts` reads the other languages' by their words: questions or discussion
// (`指导性问题`, `讨论问题`, `供讨论的问题`, `思考`) head the points, aims (`会议目标`, `目的`) the
// objectives, and a heading naming another section (`背景`, `形式`, `成果`, `议程`) neither.
import type { HeadingTopic } from './listHeadingWords.js';

const ZH_POINTS = /问题|讨论|思考|议题/u;
const ZH_OBJECTIVES = /目标|目的|宗旨/u;
export const ZH_OTHER = /背景|形式|成果|产出|议程|安排|参与|发言|地点|日期|时间|方案|目录/u;

/** The topic of a short Chinese heading: points, objectives or neither. */
export function chineseHeadingTopic(text: string): HeadingTopic {
  if (text.length > 30 || ZH_OTHER.test(text)) return null;
  const points = ZH_POINTS.test(text);
  const objectives = ZH_OBJECTIVES.test(text);
  if (points && !objectives) return 'points';
  if (objectives && !points) return 'objectives';
  return null;
}
