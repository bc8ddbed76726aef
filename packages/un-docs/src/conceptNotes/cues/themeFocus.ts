import { findDates } from '../../dates/findDates.js';
import { candidate, type Cue } from './Candidate.js';
import { BODY_MEETS } from './scheduledMeeting.js';
import { unquote } from './quoted.js';

// "The debate will focus on X" (or "will examine X"), "La réunion portera sur X", "El debate se centrará en X": the
// subject the meeting is said to focus on, when no title or quotation names the theme.

const FOCUS =
  /(?:^|[,;.:]\s+)(?:the|this|la|le|el|ce|cette|este|esta)\s+(?:(?:open|high-level|ministerial|informal|interactive|annual|thematic|panel|public|de haut niveau|abierto|de alto nivel)\s+)?(?:debate|meeting|briefing|dialogue|discussion|panel|event|session|consultation|workshop|seminar|débat|réunion|dialogue|séance|reunión|diálogo|sesión)(?:\s+(?:public|publique|abierto))?\s+(?:will|shall|would|is expected to|aims to)\s+(?:(?:specifically|particularly|mainly|primarily)\s+)?(?:(?:focus|centre|center|concentrate)\s+(?:on|upon)|examine|explore|address|tackle|be\s+(?:devoted|dedicated)\s+to)\s+(.{4,250}$|[^,]{4,250},\s+(?:focusing|focussing|centring|centering|concentrating|including|with\s+a\s+(?:particular\s+|special\s+)?focus)(?![\p{L}]).*$)|(?:^|[,;.]\s+)(?:le|la|el)\s+\p{L}+\s+(?:portera|sera consacrée?|se centrará|se concentrará|girará|estará dedicad[oa]|será dedicad[oa])\s+(?:(?:sobre\s+todo|principalmente|surtout|notamment|avant\s+tout)\s+)?(?:sur|à|en|sobre(?!\s+todo(?![\p{L}]))|en torno a)\s+(.{4,250})$/iu;

// Round w36ct: a consultation, workshop or seminar too, and "will specifically tackle X"; X ends
// before a participle saying what it stresses (", focusing on …", ", including …": FOCUS_DETAIL).
export const FOCUS_DETAIL =
  /,\s+(?:focusing|focussing|centring|centering|concentrating|including|with\s+a\s+(?:particular\s+|special\s+)?focus)(?![\p{L}]).*$/iu;

// Session 14 (round 34p), decided on `r33-es-ecosoc-prensa-latina-segmento-actividades-operativas`:
// what the meeting's discussions will focus on is its theme when nothing names one ("The
// discussions will focus on X", `Les débats porteront sur X`, `los debates se centrarán en X`), up
// to a relative clause set off by a comma (", que cubren 162 países", ", which affects …"), which
// says more of X, or the occasion it prepares (", en preparación del foro político de alto nivel"),
// which the convention on a meeting held within a larger event keeps out of a theme.
const DISCUSSIONS_FOCUS =
  /(?:^|[,;.:]\s+)(?:the|les|los|las)\s+(?:discussions|debates|deliberations|débats|délibérations|deliberaciones|discusiones)\s+(?:will\s+(?:focus|centre|center|concentrate)\s+on|porteront\s+sur|seront\s+consacrés\s+à|se\s+(?:centrarán|concentrarán)\s+en)\s+(.{4,250})$/iu;
const RELATIVE_AFTER =
  /,\s+(?:(?:which|who|qui|que|quienes|in\s+preparation\s+for|ahead\s+of|en\s+preparación\s+(?:de|del|para))(?![\p{L}])|en\s+(?:préparation|vue)\s+(?:de|du|des|d['’])).*$/iu;

// Round 13a: the subject given in a relative clause after the meeting (`el debate abierto que
// el Consejo celebrará el 6 de agosto, y que abordará X`, "the open debate …, which will address
// X", `la réunion-débat …, qui portera sur X`).
const RELATIVE_FOCUS =
  /\b(?:debate|meeting|briefing|dialogue|discussion|débat|réunion(?:-débat)?|séance|reunión|diálogo|sesión)\b[^.]{0,160}?,?\s+(?:(?:and\s+)?which\s+will\s+(?:address|examine|consider|(?:focus|centre|center)\s+on|be\s+(?:devoted|dedicated)\s+to)|(?:et\s+)?qui\s+(?:portera\s+sur|sera\s+consacrée?\s+à|examinera|abordera)|(?:y\s+)?que\s+(?:abordará|tratará|examinará|analizará|se\s+centrará\s+en|estará\s+dedicad[oa]\s+a))\s+(.{4,250})$/iu;

// Round 31c: the subject a meeting is held to discuss, named as its purpose right after it ("a
// meeting on Thursday afternoon to discuss X", `une réunion pour débattre de X`, `una reunión
// para debatir X`): the meeting's day or part of a day may stand between.
const PURPOSE_DAY = String.raw`(?:\s+(?:on\s+|this\s+|next\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|tomorrow)(?:\s+(?:morning|afternoon|evening))?)?`;
// Round 33: the meeting may be named by its kind ("an Arria-formula meeting", `una reunión con
// arreglo a la fórmula Arria`) and followed by an aside in brackets ("(an informal UN Security
// Council meeting, open to all UN members …) to discuss X").
// Round 36h: or by its level after it (`una reunión a nivel ministerial para analizar X`, `une
// réunion au niveau ministériel pour examiner X`).
const KIND_AFTER = String.raw`(?:\s+(?:con\s+arreglo\s+a\s+la\s+fórmula\s+Arria|selon\s+la\s+formule\s+Arria|en\s+formule\s+Arria|a\s+nivel\s+(?:ministerial|de\s+embajadores)|de\s+alto\s+nivel|au\s+niveau\s+(?:ministériel|des\s+ambassadeurs)|de\s+haut\s+niveau|at\s+(?:the\s+)?ministerial\s+level))?`;
const ASIDE_IN_BRACKETS = String.raw`(?:\s+\([^()]{0,200}\))?`;
const PURPOSE_FOCUS = new RegExp(
  String.raw`(?<![\p{L}])(?:a|an|une|una)\s+(?:[\p{L}-]+\s+){0,2}?(?:meeting|réunion|reunión)${KIND_AFTER}${ASIDE_IN_BRACKETS}${PURPOSE_DAY}\s+(?:to\s+(?:discuss|examine|consider)|pour\s+(?:débattre|discuter|examiner)(?:\s+(?:de\s+(?=l['’]|la\s)|du(?=\s)|des(?=\s)|de(?=\s)))?|para\s+(?:debatir|discutir|examinar|analizar)(?:\s+sobre)?)\s+(.{4,250})$`,
  'iu',
);

// Round 33: the subject a body meets on a day to discuss (`le Conseil de sécurité de l'ONU se
// réunit le 6 décembre pour discuter de X, où …`, "The Security Council will meet on Thursday to
// discuss X, at the request of …", `se reunirá el martes … para debatir X`, cues/scheduledMeeting.ts),
// up to an aside after a comma (where, which, at whose request).
const BODY_PURPOSE = new RegExp(
  String.raw`${BODY_MEETS.source}[^.;]{0,80}?\s(?:to\s+(?:discuss|examine|consider)|pour\s+(?:débattre|discuter|examiner)(?:\s+(?:de\s+(?=l['’]|la\s)|du(?=\s)|des(?=\s)|de(?=\s)))?|para\s+(?:debatir|discutir|examinar|analizar)(?:\s+sobre)?)\s+(.{4,250})$`,
  'iu',
);
const ASIDE =
  /,\s+(?:où|where|which|qui|que|donde|en\s+el\s+que|at\s+the\s+request|à\s+la\s+demande|a\s+(?:petición|solicitud|pedido))(?![\p{L}]).*$/iu;
// Round 36h: what the meeting coincides with, after a comma, is its occasion ("…para analizar la
// guerra en Ucrania, coincidiendo con las reuniones anuales de la Asamblea General").
const OCCASION_AFTER =
  /,\s+(?:coincidiendo\s+con|coinciding\s+with|en\s+marge\s+d(?:e|u|es)|al\s+margen\s+de|on\s+the\s+margins\s+of|à\s+l['’]occasion\s+d(?:e|u|es)|con\s+ocasión\s+de)(?![\p{L}]).*$/iu;

/**
 * Round 33: a subject quoted within a quotation ends where the quotation closes ("…to discuss X,”
 * the ministry said", `…para debatir X», indicó …`): a closing mark with no opening one before it.
 */
function beforeClosingQuote(words: string): string {
  let open = 0;
  for (const [index, char] of [...words].entries()) {
    if (char === '“' || char === '«') open += 1;
    else if (char === '”' || char === '»') {
      if (open === 0)
        return [...words]
          .slice(0, index)
          .join('')
          .replace(/[\s,.;]+$/u, '');
      open -= 1;
    }
  }
  return words;
}

export function trimFocus(words: string): string | null {
  let subject = words.replace(/\s*\((?!(?:19|20)\d{2}\)).*$/, '').replace(/[\s.;:]+$/, '');
  const date = findDates(subject)[0];
  if (date) subject = subject.slice(0, date.index).replace(/[\s,]+(?:on|le|el)?\s*$/i, '');
  return subject.length >= 4 && !/[“”"«»]/.test(subject) ? subject : null;
}

export const focusSubject: Cue<string> = ({ sentences }) =>
  sentences.flatMap(({ text }) => {
    const body = BODY_PURPOSE.exec(text);
    const discussed = DISCUSSIONS_FOCUS.exec(text);
    const purpose = PURPOSE_FOCUS.exec(text);
    const match =
      FOCUS.exec(text) ??
      RELATIVE_FOCUS.exec(text) ??
      (purpose ? [purpose[0], (purpose[1] ?? '').replace(OCCASION_AFTER, '')] : null);
    const subject = body
      ? trimFocus((body[1] ?? '').replace(ASIDE, ''))
      : discussed
        ? trimFocus((discussed[1] ?? '').replace(RELATIVE_AFTER, ''))
        : match
          ? trimFocus(beforeClosingQuote(match[1] ?? match[2] ?? '').replace(FOCUS_DETAIL, ''))
          : null;
    return subject ? [candidate(unquote(subject), 0.5, text, 'focusSubject')] : [];
  });
