import { candidate, type Cue } from './Candidate.js';
import { BODY, MEETING } from './bodyConvened.js';

// Round 36h (decided at round 21's merge: a body that convenes in the sentence that convenes is
// the convener): a news item reports that a body "has said that it will host a meeting" ("The
// United Nations Economic and Social Council (ECOSOC) – the body responsible for … – has said
// that it will host a meeting next month", `le Conseil économique et social a annoncé qu'il
// tiendra une réunion`, `el Consejo Económico y Social anunció que celebrará una reunión`). The
// body, as the note names it, convenes; its acronym in brackets and an aside between dashes or
// commas are no part of its name. The Security Council is not among the bodies (bodyConvened.ts).

const UNITED_NATIONS = String.raw`(?:United\s+Nations\s+|U\.N\.\s+|UN\s+)?`;
const ACRONYM = String.raw`(?:\s*\(\p{Lu}{2,8}\))?`;
const ASIDE = String.raw`(?:\s*[–—]\s[^–—]{3,200}\s[–—]|\s*,\s[^,]{3,200},)?`;
const SAYS = String.raw`(?:has\s+)?(?:said|announced|confirmed|indicated)\s+that\s+it\s+will\s+(?:host|hold|convene|organi[sz]e)|a\s+(?:annoncé|indiqué|confirmé)\s+qu['’]il\s+(?:tiendra|accueillera|convoquera|organisera)|(?:anunció|ha\s+anunciado|indicó|confirmó)\s+que\s+(?:celebrará|convocará|organizará|acogerá)`;
const BODY_SAYS = new RegExp(
  String.raw`^((?:the|la|le|el|l['’])\s*${UNITED_NATIONS}${BODY})${ACRONYM}${ASIDE}\s+(?:${SAYS})\s+(?:[\p{L}-]+\s+){0,3}?(?:an?|une?|una)\s+(?:[\p{L}-]+\s+){0,2}?${MEETING}(?![\p{L}])`,
  'iu',
);

export const bodySaysItWillHost: Cue<string> = ({ sentences }) =>
  sentences.flatMap(({ text }) => {
    const body = BODY_SAYS.exec(text)?.[1];
    const named = body?.replace(/^(?:The|La|Le|El)\b/u, (article) => article.toLowerCase());
    return named ? [candidate(named, 0.7, text, 'bodySaysItWillHost')] : [];
  });
