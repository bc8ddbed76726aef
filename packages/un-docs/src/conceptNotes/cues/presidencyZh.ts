// Round zh (session 19): the Council's presidency in Chinese: the State that holds it named
// before the verb (`中国担任安全理事会3月份主席期间`, `在俄罗斯担任安理会轮值主席国期间`, `中国从2月1日
// 起担任联合国安理会轮值主席`, `中国接任安理会主席`), or `安理会轮值主席国中国`; not one that held it
// before (`中国上一次担任安理会主席`, `曾担任`).
import { candidate, type Cue } from './Candidate.js';
import { ZH_BODIES } from './bodyNamesZh.js';
import { stateOfChineseName, ZH_STATE } from '../memberStateZh.js';

const COUNCIL = String.raw`(?:联合国)?(?:${ZH_BODIES.securityCouncil})`;
const HOLDS = new RegExp(
  String.raw`(${ZH_STATE})(?![^，。]{0,6}(?:上一次|上次|曾经?|此前))[^，。]{0,12}?(?:担任|接任|出任)${COUNCIL}[^，。]{0,10}?主席`,
  'u',
);
const NAMED_AFTER = new RegExp(
  String.raw`${COUNCIL}(?:本月|[^，。]{0,6})?轮值主席国(${ZH_STATE})`,
  'u',
);

export const holdsPresidencyZh: Cue<string> = ({ sentences }) =>
  sentences.flatMap(({ text }) => {
    const named = (HOLDS.exec(text) ?? NAMED_AFTER.exec(text))?.[1];
    const state = named ? stateOfChineseName(named) : null;
    return state ? [candidate(state, 0.7, text, 'holdsPresidencyZh')] : [];
  });
