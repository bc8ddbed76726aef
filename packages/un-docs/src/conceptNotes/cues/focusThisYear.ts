import { candidate, type Cue } from './Candidate.js';
import { unquote } from './quoted.js';
import { FOCUS_DETAIL, trimFocus } from './themeFocus.js';

// Round w37ct: a yearly meeting says what it is about "this year" between its verb and the
// subject ("The annual informal interactive dialogue of the General Assembly will this year focus
// on X", `La réunion-débat annuelle du Conseil des droits de l'homme portera cette année sur X`,
// `La mesa redonda anual del Consejo … se centrará este año en X`): X is its theme, as it is
// without the phrase of time (themeFocus.ts). The meeting may be named with its qualifiers and
// body before the verb. Only phrases of time stand between, so the phrase is what this cue reads.
// Round h13t: the meeting's name may carry an aside up to 200 characters long (", to be held during
// the Human Rights Council's sixty-sixth session in September,"), and the focus of this year's
// occurrence wins over the series' standing name a headline or the sentence's subject gives
// (session 17: "the focus of one occurrence of an annual panel is its theme"), at 0.6 as
// recurringFocus.ts reads it.

const MEETING = String.raw`(?:debate|meeting|briefing|dialogue|discussion|panel|event|session|workshop|seminar|forum|débat|réunion(?:-débat)?|table\s+ronde|séance|forum|reunión|diálogo|sesión|mesa\s+redonda|foro)`;
const THIS_YEAR = String.raw`(?:this\s+year|this\s+time|in\s+\d{4}|cette\s+année|cette\s+fois(?:-ci)?|en\s+\d{4}|este\s+año|esta\s+vez)`;
const VERB = String.raw`(?:will\s+,?\s*${THIS_YEAR},?\s+(?:(?:focus|centre|center|concentrate)\s+on|be\s+(?:devoted|dedicated)\s+to|address|examine)|will\s+(?:focus|centre|center|concentrate)\s+,?\s*${THIS_YEAR},?\s+on|(?:portera|sera\s+consacrée?|se\s+concentrera|sera\s+axée?)\s+,?\s*${THIS_YEAR},?\s+(?:sur|à)|(?:se\s+centrará|se\s+concentrará|versará|girará|estará\s+dedicad[oa]|será\s+dedicad[oa])\s+,?\s*${THIS_YEAR},?\s+(?:en\s+torno\s+a|en|sobre|a))`;
const FOCUS_THIS_YEAR = new RegExp(
  String.raw`(?:^|[,;.:]\s+)(?:the|this|la|le|el|cette|este|esta)\s+(?:[\p{L}-]+\s+){0,3}?${MEETING}(?![\p{L}])[^.;:]{0,200}?\s+${VERB}\s+(.{4,250})$`,
  'iu',
);
// Round h14t: or with the phrase of time opening the sentence ("This year, the panel will focus on
// X", `Cette année, la réunion-débat portera sur X`, `Este año, la mesa redonda se centrará en X`).
const PLAIN_VERB = String.raw`(?:will\s+(?:(?:focus|centre|center|concentrate)\s+on|be\s+(?:devoted|dedicated)\s+to)|(?:portera|sera\s+consacrée?|se\s+concentrera|sera\s+axée?)\s+(?:sur|à)|(?:se\s+centrará|se\s+concentrará|versará|girará|estará\s+dedicad[oa]|será\s+dedicad[oa])\s+(?:en\s+torno\s+a|en|sobre|a))`;
const FRONTED = new RegExp(
  String.raw`^${THIS_YEAR},?\s+(?:the|la|le|el|l['’])\s*(?:[\p{L}-]+\s+){0,3}?${MEETING}(?![\p{L}])[^.;:]{0,200}?\s+${PLAIN_VERB}\s+(.{4,250})$`,
  'iu',
);
const RELATIVE_AFTER = /,\s+(?:which|who|qui|que|where|où|donde)(?![\p{L}]).*$/iu;

export const focusThisYear: Cue<string> = ({ sentences }) =>
  sentences.flatMap(({ text }) => {
    const words = (FOCUS_THIS_YEAR.exec(text) ?? FRONTED.exec(text))?.[1];
    const subject = words
      ? trimFocus(words.replace(FOCUS_DETAIL, '').replace(RELATIVE_AFTER, ''))
      : null;
    return subject ? [candidate(unquote(subject), 0.73, text, 'focusThisYear')] : [];
  });
