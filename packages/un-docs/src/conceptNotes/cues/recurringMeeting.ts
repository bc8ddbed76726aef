import { recordsPast } from '../sentenceTense.js';
import { candidate, type Cue } from './Candidate.js';
import { subjectOf } from './subjectOf.js';

// Round 13b: a body's recurring meeting told in the present ("Every May, the Security Council
// holds its annual open debate on X", `Chaque année, le Conseil tient son débat public annuel
// sur X`, `Cada año, el Consejo celebra su debate abierto anual sobre X`). A mission's page or
// a newsletter looks to this year's meeting that way: its subject is the theme, weakly, and the
// qualifiers it gives the kind ("annual") are the format's.

const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)`;
const RECURS = new RegExp(
  String.raw`\b(?:every|each)\s+(?:year|session|spring|autumn|${MONTH})\b|\b(?:annually|annual|yearly)\b|\bchaque\s+(?:année|session|${MONTH})\b|\btous\s+les\s+ans\b|\bannuel(?:le)?\b|\bcada\s+(?:año|período|${MONTH})\b|\btodos\s+los\s+años\b|\banual\b`,
  'iu',
);
// The present of the verbs a body holds its meetings with.
const HOLDS =
  /\b(?:holds|convenes|hosts|organi[sz]es|tient|organise|convoque|celebra|organiza|convoca)(?![\p{L}])/iu;

/** Whether a sentence tells, in the present, of a meeting the body holds again and again. */
export function tellsRecurringMeeting(text: string): boolean {
  return RECURS.test(text) && HOLDS.test(text) && !recordsPast(text);
}

export const recurringSubject: Cue<string> = ({ sentences }) =>
  sentences.flatMap(({ text }) => {
    const subject = tellsRecurringMeeting(text) ? subjectOf(text, false) : null;
    return subject ? [candidate(subject, 0.5, text, 'recurringSubject')] : [];
  });
