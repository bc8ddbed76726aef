import type { Cue } from './Candidate.js';
import { englishQualifiers, qualifiedFormat } from './formatQualifiers.js';
import { subjectOf } from './subjectOf.js';
import { themed } from './themed.js';

// Round w36bt: a page quoting a meeting's questions names the meeting they are for ("the guiding
// questions circulated for the thematic session on X of the Youth Forum", `les questions
// directrices transmises pour la table ronde sur X du Forum politique`, `las preguntas
// orientadoras … para la sesión temática sobre X del Foro de la Juventud`): that meeting is the
// one the text is about, and its subject is the theme. The forum, summit or week it is part of is
// its occasion (a meeting held within a larger event has its own theme), so the subject ends there.

const QUESTIONS_FOR = new RegExp(
  String.raw`(?<![\p{L}])(?:questions|preguntas|cuestiones)(?![\p{L}])[^.;:?]{0,120}?(?<![\p{L}])(?:for|para|pour)\s+(?=(?:the|la|el|le|l['’])\s*\p{L})`,
  'iu',
);
// English names the forum after its own words ("of the ECOSOC Youth Forum"), French and Spanish
// before them (`du Forum politique …`, `del Foro de la Juventud …`).
const OCCASION_TAIL = new RegExp(
  String.raw`\s+(?:(?:of|at)\s+the\s+(?:\p{Lu}[\p{L}-]*\s+){0,4}?(?:Forum|Summit|Week)|(?:del|de\s+la|du|de\s+l['’])\s*(?:Forum|Foro|Cumbre|Sommet|Semana|Semaine))(?![\p{L}]).*$`,
  'u',
);

/** The words from the meeting a sentence's questions are for ("the thematic session on X …"), or null. */
export function meetingQuestionsAreFor(sentence: string): string | null {
  const match = QUESTIONS_FOR.exec(sentence);
  return match ? sentence.slice(match.index + match[0].length) : null;
}

/** The subject of the meeting a text's questions are for, without the occasion it is part of. */
export const questionsForMeeting: Cue<string> = ({ sentences }) =>
  sentences.flatMap(({ text }) => {
    const meeting = meetingQuestionsAreFor(text);
    const subject = meeting ? subjectOf(meeting, false) : null;
    const own = subject?.replace(OCCASION_TAIL, '');
    return own ? [themed(own, 0.5, text, 'questionsForMeeting')] : [];
  });

// Round t42a: the meeting the questions are for may be named by a bare kind, outside the
// vocabulary ("the questions prepared for the thematic session on X", `les questions pour la
// séance spéciale sur X`, `las preguntas … para la sesión temática sobre X`): the kind heads the
// words after "for the", behind its qualifiers at most (in English before it, in French and
// Spanish after it), with one qualifier at least. A Spanish `sesión` or `reunión` and a French `séance` or `réunion` are
// meetings, a `session` a session (the convention of cues/bareKind.ts).
const BARE_KIND_HEAD =
  /^(?:the|la|el|le|l['’])\s*(?:[\p{L}-]+,?\s+){0,3}?(?:(?<session>session)|(?<meeting>meeting|sesi[óo]n|reuni[óo]n|réunion|séance))(?![\p{L}])/iu;

/** The bare kind, with its qualifiers, that heads the words naming the meeting questions are for. */
export function questionsBareKind(meeting: string): string | null {
  const head = BARE_KIND_HEAD.exec(meeting);
  if (!head?.groups) return null;
  const kind = head.groups.session === undefined ? 'meeting' : 'session';
  const word = head.groups.session ?? head.groups.meeting ?? '';
  const end = head.index + head[0].length;
  const start = end - word.length;
  // The words before the kind must all be its qualifiers ("the annual thematic session").
  const before = meeting.slice(0, start).replace(/^\S+\s*/u, '');
  if (
    before.trim() !== '' &&
    englishQualifiers(before).length !== before.trim().split(/[\s,]+/u).length
  )
    return null;
  // A bare "meeting" or "session" names no kind (round 25a's convention: a bare meeting needs its
  // scheduling verb); its qualifiers make it one ("thematic session", `sesión temática`).
  const format = qualifiedFormat(meeting, start, end, kind);
  return format === kind ? null : format;
}
