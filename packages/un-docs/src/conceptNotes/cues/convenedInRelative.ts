import type { Cue } from './Candidate.js';
import { subjectOf } from './subjectOf.js';
import { themed } from './themed.js';

// Round 36h: a meeting named with its subject, then a relative clause saying who will convene
// it ("the informal interactive hearing with civil society on the governance of artificial
// intelligence that the President of the General Assembly will convene in the spring", `le
// dialogue sur X que la Présidente convoquera`, `el diálogo sobre X que el Presidente
// convocará`): the subject ends at the relative pronoun, and names the meeting in full where a
// subject line shortens it ("the PGA's hearing on AI governance"), so it is read above one.

// Round w37bt: not the Spanish passive (`la reunión … sobre X que se celebrará los días …`), which
// names no one who convenes and may shorten a title naming the meeting in full.
const CONVENED_BY = new RegExp(
  String.raw`\s+(?:that|which|que|qu['’])\s*(?!\s|se\s)[^.;:,]{2,80}?\s+(?:(?:will|shall)\s+(?:convene|hold|host|organi[sz]e)|convoquera|organisera|tiendra|accueillera|convocará|organizará|celebrará)(?![\p{L}])`,
  'iu',
);

export const convenedInRelative: Cue<string> = ({ sentences }) =>
  sentences.flatMap(({ text }) => {
    const clause = CONVENED_BY.exec(text);
    const subject = clause ? subjectOf(text.slice(0, clause.index), false) : null;
    return subject ? [themed(subject, 0.6, text, 'convenedInRelative')] : [];
  });
