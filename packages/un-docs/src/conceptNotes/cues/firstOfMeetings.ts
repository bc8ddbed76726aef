import { candidate, type Cue } from './Candidate.js';
import { subjectOf } from './subjectOf.js';

// Round 22: a text announcing several meetings may name the first only by its rank, after the
// sentence that counts them ("…will be marked by two open debates. The first, scheduled for 8
// March, will focus on X", `Le premier, prévue le 6 août, sera consacré aux X`, `El primero, …,
// estará dedicado al X`). By the convention on texts announcing several meetings, that first
// one is the meeting read, and what it is devoted to its theme.

const FIRST =
  /^(?:The\s+first(?:\s+one)?|Le\s+premier|La\s+première|El\s+primero|La\s+primera)(?:\s*,\s*[^,]{3,80},)?\s+(?:will\s+(?:be\s+(?:devoted|dedicated)\s+to|(?:focus|centre|center)\s+on|address|be\s+on)|(?:sera|est)\s+(?:consacrée?|dédiée?|axée?)|portera|estará\s+(?:dedicad[oa]|centrad[oa])|se\s+(?:dedicará|centrará)|versará)(?:\s+(?:sur|sobre|en))?\s+(à\s+la|à\s+l['’]|aux|au|à|a\s+la|al|a)?\s*(.+)$/iu;
// The meetings the sentence before counts: "two open debates", `deux débats publics`.
const MEETINGS =
  /(?<![\p{L}])(?:debates|débats|meetings|réunions|reuniones|briefings|dialogues|diálogos|sessions|séances|sesiones)(?![\p{L}])/iu;
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

export const firstOfMeetings: Cue<string> = ({ sentences }) =>
  sentences.flatMap(({ text }, index) => {
    const before = sentences[index - 1]?.text ?? '';
    const subject = MEETINGS.test(before) ? firstMeetingSubject(text) : null;
    return subject ? [candidate(subject, 0.5, text, 'firstOfMeetings')] : [];
  });
