import type { Cue } from './Candidate.js';
import { subjectOf } from './subjectOf.js';
import { themed } from './themed.js';

// Round w36at: a presidency's proposal names the meeting ahead with its subject, in a past tense
// that looks forward ("la Chine a proposé un débat ouvert le 23 février, sur le thème du X", `la
// Argentina propuso un debate abierto … sobre el tema del X`, "China has proposed an open debate
// on X"), where another sentence announces the meeting without its subject ("Wang Yi présidera le
// 23 février un débat ouvert du Conseil de sécurité"). The meeting proposed gives its subject as
// the theme, as an announced one does (`announcedSubject`, whose confidence it shares and after
// which it is listed); a meeting proposed "last year" or "in 2019" is history and gives none.

const PROPOSED =
  /(?<![\p{L}])(?:(?:has|have|had)\s+proposed|proposed|a\s+proposé|ont\s+proposé|propuso|propusieron|ha\s+propuesto|han\s+propuesto)\s+(?:the\s+holding\s+of\s+|la\s+tenue\s+d['’]|la\s+celebración\s+de\s+)?(?:an?|une?|una?)\s+/iu;
const HISTORY =
  /(?<![\p{L}])(?:last\s+year|l['’]an(?:née)?\s+dernière?|el\s+año\s+pasado|(?:in|en)\s+(?:19|20)\d{2})(?![\p{L}\d])/iu;

export const proposedMeeting: Cue<string> = ({ sentences }) =>
  sentences.flatMap(({ text }) => {
    const verb = PROPOSED.exec(text);
    if (verb === null || HISTORY.test(text)) return [];
    const subject = subjectOf(text.slice(verb.index + verb[0].length), false);
    return subject ? [themed(subject, 0.5, text, 'proposedMeeting')] : [];
  });
