// Round zh (session 19): who convenes a meeting, in Chinese, named as the note names it (the
// convener convention): a body or its office that will hold or convene it in the sentence
// (`大会主席将于…召开互动对话`, `人权理事会将于…举行小组讨论会`, `建设和平委员会将于…举行`), not
// the Security Council, whose meetings are its presidency's; States that hold it together
// (`中国和巴西常驻联合国代表团将于…共同举办`, `由中国和巴西共同主办`), without their missions' words.
import { candidate, type Cue } from './Candidate.js';
import { ZH_STATE } from '../memberStateZh.js';

const OFFICE = String.raw`(?:主席|副主席)`;
const BODY = String.raw`(?:(?:联合国)?大会|联大|经济及社会理事会|经社理事会|人权理事会|建设和平委员会)`;
const AHEAD = String.raw`(?:将于|定于|拟于|将在|将)[^。]{0,100}?(?:举行|召开|举办|召集|主持)`;
const BODY_CONVENES = new RegExp(
  String.raw`(?:^|[，。）)])\s*(?:第[^，。]{1,8}届)?(${BODY}(?:${OFFICE})?)${AHEAD}`,
  'u',
);
const MISSIONS = String.raw`(?:常驻联合国(?:日内瓦办事处)?代表团|代表团|政府)?`;
const STATES = String.raw`((?:${ZH_STATE})(?:(?:、|和|与|及|同)(?:${ZH_STATE}))*)`;
const STATES_CONVENE = new RegExp(
  String.raw`(?:^|[，。由])\s*${STATES}${MISSIONS}(?:将于|定于|拟于|将)?[^。]{0,100}?(?:共同)?(?:主办|举办|召集|组织)`,
  'u',
);
const BY_STATES = new RegExp(
  String.raw`由${STATES}${MISSIONS}(?:共同)?(?:主办|举办|召集|组织)`,
  'u',
);

// `主办方：挪威、尼日尔和墨西哥常驻联合国代表团`: a hosts' field, the missions' words dropped.
const FIELD = new RegExp(
  String.raw`^(?:主办方|主办单位|联合主办方|共同主办方|召集方|组织方|主办)[:：]\s*(.+?)${MISSIONS}[。.]?$`,
  'u',
);

export const convenerZh: Cue<string> = ({ sentences }) =>
  sentences.flatMap(({ text }) => {
    const field = FIELD.exec(text.trim())?.[1];
    if (field) return [candidate(field, 0.95, text, 'convenerZh')];
    const states = (BY_STATES.exec(text) ?? STATES_CONVENE.exec(text))?.[1];
    if (states) return [candidate(states, 0.7, text, 'convenerZh')];
    const body = BODY_CONVENES.exec(text)?.[1];
    // A headline names who convenes more shortly than the sentence under it (`联大主席将召开…`).
    const confidence = /[。！]$/u.test(text.trim()) ? 0.65 : 0.6;
    return body ? [candidate(body, confidence, text, 'convenerZh')] : [];
  });
