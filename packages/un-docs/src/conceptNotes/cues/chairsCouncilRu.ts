import { findMemberStates } from '../findMemberState.js';
import { candidate, type Cue } from './Candidate.js';

// Round h13t: Russian news name the month's presidency by the State that becomes the Council's
// president or heads it (“С 1 октября Российская Федерация становится председателем Совета
// Безопасности ООН”, headline “Россия возглавила Совбез ООН”, `Пакистан возглавит СБ ООН`), not by
// `председательство` (presidencyRuAr.ts): the Member State named last before the verb holds the
// presidency, as “Kenya, which holds the presidency” does (presidencyCues.ts, `holdsPresidency`).
const COUNCIL = String.raw`(?:Совет(?:а|е|ом)?\s+Безопасности|Совбез(?:а|е|ом)?|СБ)`;
const CHAIRS = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:становится|стала|стал|станет)\s+председател(?:ем|ь)\s+${COUNCIL}|(?:возглавила|возглавил|возглавит|возглавляет)\s+${COUNCIL})(?![\p{L}])`,
  'u',
);

export const chairsCouncilRu: Cue<string> = ({ sentences }) =>
  sentences.flatMap(({ text }) => {
    const verb = CHAIRS.exec(text);
    const state = verb ? findMemberStates(text.slice(0, verb.index)).at(-1)?.state : undefined;
    return state ? [candidate(state, 0.7, text, 'chairsCouncilRu')] : [];
  });
