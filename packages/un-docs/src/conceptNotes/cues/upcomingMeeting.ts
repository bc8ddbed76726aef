import type { Cue } from './Candidate.js';
import { subjectOf } from './subjectOf.js';
import { themed } from './themed.js';

// Round h11t: a text that quotes a meeting's note without announcing the meeting names it as
// upcoming ("the General Assembly's forthcoming interactive dialogue on the rights of older
// persons", "Ahead of the upcoming meeting on maritime security in the Gulf of Guinea, our
// delegation …", `la prochaine réunion-débat du Conseil des droits de l'homme sur X`, `De cara a
// la próxima reunión sobre X, nuestra delegación …`): the meeting ahead, named by its subject,
// is the one the text is about, and the subject is its theme, as an announced meeting's is
// (`announcedSubject`, whose confidence it shares and after which it is listed). A phrase fronted
// by "Ahead of", `De cara a`, `En vue de` … ends at its comma: the clause after it is the
// writer's. Only a meeting named with "the" (`la`, `el`, a body's possessive) and a subject: "a
// forthcoming meeting in New York" (`une prochaine réunion`) is no particular one.

const MEETING_WORD = String.raw`(?:meeting|debate|briefing|dialogue|discussion|panel|round[\s-]?table|event|consultations?|réunion(?:-débat)?|débat|séance|table\s+ronde|dialogue|reunión|debate|diálogo|mesa\s+redonda|sesión)`;
// Round t41b: also after the article French and Spanish fuse with "of" and "to" (`en vue du
// prochain dialogue … sur X`, `de cara al próximo debate sobre X`, `en vísperas del próximo …`).
const UPCOMING = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:the|la|le|el|du|au|al|del)\s+|(?:\p{Lu}[\p{L}-]*\s+){1,6}?\p{L}+['’]s\s+)(?:upcoming|forthcoming|prochaine?|próxim[oa])\s+(?=(?:[\p{L}-]+\s+){0,3}?${MEETING_WORD}(?![\p{L}]))`,
  'iu',
);
const FRONTED =
  /^(?:ahead\s+of|in\s+advance\s+of|in\s+preparation\s+for|before|en\s+vue\s+d[eu']|en\s+prévision\s+d[eu']|avant|de\s+cara\s+a|antes\s+de|en\s+preparación\s+de|con\s+miras\s+a)(?![\p{L}])/iu;

// Round t41b: a phrase fronted by "Ahead of", `En vue de`, `De cara a` … looks ahead by itself:
// the particular meeting it names ("Ahead of the General Assembly's informal interactive dialogue
// on X, the Mission has invited …", `En vue de la réunion-débat sur X, …`, `De cara al debate
// abierto sobre X, …`) is upcoming without the adjective. Not "before" (`avant`, `antes de`): a
// record orders what it tells with it ("Before the debate on X, the Council heard …").
const FRONTED_AHEAD = new RegExp(
  String.raw`^(?:(?:ahead\s+of|in\s+advance\s+of|in\s+preparation\s+for)\s+(?:the\s+|(?:\p{Lu}[\p{L}-]*\s+){1,6}?\p{L}+['’]s\s+)|en\s+vue\s+(?:du|de\s+la|de\s+l['’]|des)|en\s+prévision\s+(?:du|de\s+la|de\s+l['’]|des)|de\s+cara\s+(?:al|a\s+la)|con\s+miras\s+(?:al|a\s+la)|en\s+preparación\s+(?:del|de\s+la)\s+)\s*(?=(?:[\p{L}-]+\s+){0,4}?${MEETING_WORD}(?![\p{L}]))`,
  'iu',
);

/** The subject of the meeting `text` names as upcoming, or null. */
export function upcomingSubject(text: string): string | null {
  const named = UPCOMING.exec(text) ?? FRONTED_AHEAD.exec(text.trim());
  if (!named) return null;
  const subject = subjectOf(
    (named.input === text ? text : text.trim()).slice(named.index + named[0].length),
    false,
  );
  if (!subject) return null;
  return FRONTED.test(text.trim()) ? (subject.split(',')[0] ?? subject).trim() : subject;
}

export const upcomingMeeting: Cue<string> = ({ sentences }) =>
  sentences.flatMap(({ text }) => {
    const subject = upcomingSubject(text);
    return subject && subject.length >= 4 ? [themed(subject, 0.5, text, 'upcomingMeeting')] : [];
  });
