import { BODY_NAMES } from './bodyNames.js';
import { candidate, type Cue } from './Candidate.js';
import { asOffice } from './convenerSubject.js';

// Round t43c: a briefing announced with no one holding it but the office holder who gives it
// (“There will be an informal briefing by the President of ECOSOC, H.E. Mr. …, on the
// preparations for …”, `Il y aura un exposé informel de la Présidente du Conseil économique et
// social`, `Habrá una sesión informativa a cargo del Presidente de la Asamblea General`): the
// President or Chair of a body briefs the membership at a meeting of their own, so by “the
// convener is whoever the sentence that convenes names” the office convenes it. Only an office of a
// body, and only in a sentence that announces the briefing itself (“there will be”, `il y aura`,
// `habrá`): an envoy briefing the Council (“the Council will hold a briefing by the Special
// Envoy”) is the presenter round t41c reads, and the Council holds the meeting.

const ANNOUNCED = String.raw`(?:there\s+will\s+be|il\s+y\s+aura|habrá)\s+(?:an?|une?|una)\s+(?:[\p{L}-]+\s+){0,3}?`;
const BRIEFING = String.raw`(?:briefing|exposé|réunion\s+d['’]information|sesión\s+informativa|reunión\s+informativa)`;
const BY = String.raw`(?:by|de|du|par|présentée?\s+par|a\s+cargo\s+del?|por)`;
// The office ends with its body's name, as bodyNames.ts spells it.
const BODY = BODY_NAMES.map(([, pattern]) => pattern.source).join('|');
const OFFICE = String.raw`((?:(?:the|la|le|el)\s+)?(?:Vice-)?(?:President|Chair|Présidente?|Presidente?|Presidenta)\s+(?:of|de|du|del)\s+(?:the\s+|la\s+|l['’])?(?:${BODY}))(?![\p{L}])`;
const BRIEFING_BY_OFFICE = new RegExp(
  String.raw`(?<![\p{L}])${ANNOUNCED}${BRIEFING}\s+(?:[\p{L}-]+\s+){0,2}?${BY}\s+${OFFICE}`,
  'iu',
);

export const briefingByOffice: Cue<string> = ({ sentences }) =>
  sentences.flatMap(({ text }) => {
    const office = BRIEFING_BY_OFFICE.exec(text)?.[1]?.trim();
    return office ? [candidate(asOffice(office), 0.6, text, 'briefingByOffice')] : [];
  });
