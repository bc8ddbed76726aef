import type { Cue } from './Candidate.js';
import { BODY_NAMES } from './bodyNames.js';
import { subjectOf } from './subjectOf.js';
import { themed } from './themed.js';

// Round t42b: a body said to meet ahead, with what it will meet on and no kind of meeting ("The
// Peacebuilding Commission is expected to meet later this month on X", "The Security Council will
// meet on Thursday on X", `La Commission se réunira la semaine prochaine sur X`, `El Consejo se
// reunirá el martes sobre X`), or meeting for a meeting of a kind ("The General Assembly will on
// Thursday meet for an open discussion on X"): X is the theme, at the confidence of an announced
// meeting's subject (`announcedSubject`, 0.5), and like it, named in full over a headline that
// shortens it (themeInFull.ts, namedInFull). A body that met records a meeting; one that "will meet
// with" someone is seeing them, not meeting on a subject.

const BODY = String.raw`(?:(?:UN|U\.N\.|ONU)\s+)?(?:${BODY_NAMES.map(([, pattern]) => pattern.source).join('|')}|Council|Commission|Assembly|Conseil|Consejo|Comisión|Assemblée|Asamblea)`;
const WILL = String.raw`(?:will|shall|is\s+(?:expected|scheduled|due|set|slated|going)\s+to|is\s+to)(?:\s+[\p{L}\d,]+){0,3}?\s+meet|(?:se\s+réunira|se\s+reunirá)`;
const BODY_WILL_MEET = new RegExp(
  String.raw`(?<![\p{L}])(?:the|le|la|el)\s+${BODY}\s+(?:${WILL})(?![\p{L}])(?!\s+(?:with|avec|con)(?![\p{L}]))`,
  'iu',
);
// When it meets, between the verb and its link: a day relative to the text's, a weekday with its
// date, a week or month.
const WHEN = String.raw`(?:later\s+this\s+(?:week|month)|(?:this|next)\s+(?:week|month)|today|tomorrow|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:,?\s+\d{1,2}\s+\p{L}+(?:\s+\d{4})?)?|on\s+\d{1,2}\s+\p{L}+(?:\s+\d{4})?|la\s+semaine\s+prochaine|le\s+mois\s+prochain|(?:ce|le)\s+(?:lundi|mardi|mercredi|jeudi|vendredi)(?:\s+\d{1,2}\s+\p{L}+)?|le\s+\d{1,2}\s+\p{L}+|(?:el\s+)?(?:lunes|martes|miércoles|jueves|viernes)(?:\s+\d{1,2}\s+de\s+\p{L}+)?|el\s+\d{1,2}\s+de\s+\p{L}+|la\s+próxima\s+semana|el\s+próximo\s+mes)`;
const ON_SUBJECT = new RegExp(
  String.raw`^\s*,?\s*(?:${WHEN}\s*,?\s+)?(?:on|about|sur|sobre)\s+(?!${WHEN}(?![\p{L}]))(.+)$`,
  'iu',
);
const FOR_A_MEETING = /^\s*(?:[^.;]{0,40}?\s)?(?:for|in|pour|en|para)\s+(?:an?|une?|una?)\s/iu;

/** The subject a body is said to meet on ahead, or null. */
export function bodyMeetsOnSubject(sentence: string): string | null {
  const verb = BODY_WILL_MEET.exec(sentence);
  if (!verb) return null;
  const rest = sentence.slice(verb.index + verb[0].length);
  if (FOR_A_MEETING.test(rest)) return subjectOf(rest, false);
  const subject = ON_SUBJECT.exec(rest)?.[1];
  return subject ? subjectOf(`meeting on ${subject}`, false) : null;
}

export const bodyMeetsOn: Cue<string> = ({ sentences }) =>
  sentences.flatMap(({ text }) => {
    const subject = bodyMeetsOnSubject(text);
    return subject ? [themed(subject, 0.5, text, 'bodyMeetsOn')] : [];
  });
