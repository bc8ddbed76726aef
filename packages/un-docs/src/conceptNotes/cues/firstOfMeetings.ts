import { candidate, type Cue } from './Candidate.js';
import { subjectOf } from './subjectOf.js';

// Round 22: a text announcing several meetings may name the first only by its rank, after the
// sentence that counts them ("…will be marked by two open debates. The first, scheduled for 8
// March, will focus on X", `Le premier, prévue le 6 août, sera consacré aux X`, `El primero, …,
// estará dedicado al X`). By the convention on texts announcing several meetings, that first
// one is the meeting read, and what it is devoted to its theme.

const FIRST =
  /^(?:The\s+first(?:\s+one)?|Le\s+premier|La\s+première|El\s+primero|La\s+primera)(?:\s*,\s*[^,]{3,80},)?\s+(?:will\s+(?:be\s+(?:devoted|dedicated)\s+to|(?:focus|centre|center)\s+on|address|be\s+on)|(?:sera|est)\s+(?:consacrée?|dédiée?|axée?)|portera|estará\s+(?:dedicad[oa]|centrad[oa])|se\s+(?:dedicará|centrará)|versará)(?:\s+(?:sur|sobre|en))?\s+(à\s+la|à\s+l['’]|aux|au|à|a\s+la|al|a)?\s*(.+)$/iu;
// The meetings the sentence before counts: "two open debates", `deux débats publics`; round
// 35p: or the events a briefing lists ("will convene the following events:").
export const MEETINGS =
  /(?<![\p{L}])(?:debates|débats|meetings|réunions|reuniones|briefings|dialogues|diálogos|sessions|séances|sesiones|events|événements|évènements|eventos)(?![\p{L}])/iu;
// Round 35p: or the first named by what it is, the meeting and its link after the verb ("The
// first is the high-level meeting to commemorate X", `El primero es la reunión de alto nivel para
// conmemorar X`, `Le premier sera la réunion … consacrée à X`): the subject of that meeting.
const FIRST_IS =
  /^(?:[-*•▪◦]\s+)?(?:The\s+first(?:\s+one)?|Le\s+premier|La\s+première|El\s+primero|La\s+primera)\s+(?:is|will\s+be|est|sera|es|será)\s+(.+)$/iu;
// The article a French or Spanish preposition swallowed: `aux liens` are `les liens`.
const ARTICLE_OF: Readonly<Record<string, string>> = {
  aux: 'les ',
  au: 'le ',
  al: 'el ',
  'à la': 'la ',
  'a la': 'la ',
};
// An appositive that calls the subject a question or an issue says what the speaker thinks of
// it ("…, an issue whose urgency keeps growing", `…, une question dont …`): no part of it.
const CALLED_AN_ISSUE =
  /,\s+(?:an?|une?|una?)\s+(?:issue|question|topic|matter|sujet|thème|problème|tema|cuestión|asunto|problema)(?![\p{L}])[\s\S]*$/iu;

function firstMeetingSubject(text: string): string | null {
  const match = FIRST.exec(text);
  if (!match) return null;
  const preposition = (match[1] ?? '').toLowerCase().replace(/\s+/gu, ' ');
  const article = ARTICLE_OF[preposition] ?? (/l['’]$/u.test(preposition) ? "l'" : '');
  const named = `${article}${match[2] ?? ''}`.replace(CALLED_AN_ISSUE, '');
  return subjectOf(`meeting on ${named}`, false);
}

// Round 32a: or in the sentence that counts them, the first named "one" after a comma, with its
// day and who presides before its link ("two open debates, one next Thursday chaired by the Prime
// Minister of Norway, Jonas Berg, on X", `dos debates abiertos, uno el próximo martes presidido por
// la jefa de Estado argentina, Cristina Fernández, sobre X`, `deux débats publics, l'un jeudi
// prochain présidé par …, sur X`). Read just above a sentence's subject: by the convention, the
// first meeting announced in full is the one read, not a later one the text also announces.
const COUNTED_THEN_ONE = new RegExp(
  String.raw`(?<![\p{L}])(?:two|three|several|dos|tres|varios|varias|deux|trois|plusieurs)\s+(?:[\p{L}-]+\s+){0,2}?${MEETINGS.source}[^,;.]{0,40},\s+(?:one|uno|una|l['’]une?)(?![\p{L}])([^;.]{0,400})$`,
  'iu',
);
const LINK = /\s(?:on|sobre|sur)\s+/gu;
const WHEN = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|tomorrow|\d)/iu;

function oneOfCountedSubject(text: string): string | null {
  const one = COUNTED_THEN_ONE.exec(text.replace(/[.;]\s*$/u, ''))?.[1];
  if (!one) return null;
  for (const link of one.matchAll(LINK)) {
    const rest = one.slice((link.index ?? 0) + link[0].length);
    if (!WHEN.test(rest)) return subjectOf(`meeting on ${rest}`, false);
  }
  return null;
}

export const firstOfMeetings: Cue<string> = ({ sentences }) =>
  sentences.flatMap(({ text }, index) => {
    const before = sentences[index - 1]?.text ?? '';
    const counted = MEETINGS.test(before);
    const subject = counted ? firstMeetingSubject(text) : null;
    if (subject) return [candidate(subject, 0.5, text, 'firstOfMeetings')];
    // Named by what it is, it is read just above a later sentence announcing another of them.
    const meeting = counted ? FIRST_IS.exec(text)?.[1] : undefined;
    const named = meeting ? subjectOf(meeting, false) : null;
    if (named) return [candidate(named, 0.52, text, 'firstOfMeetings')];
    const one = oneOfCountedSubject(text);
    return one ? [candidate(one, 0.52, text, 'firstOfMeetings')] : [];
  });
