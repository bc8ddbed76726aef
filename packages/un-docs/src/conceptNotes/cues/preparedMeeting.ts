import type { Cue } from './Candidate.js';
import { subjectOf } from './subjectOf.js';
import { themed } from './themed.js';

// Round 32a: a meeting named with a relative clause saying who prepares it, then its subject
// ("the questions to guide the debate that the presidency of the Security Council is planning on
// peace operations that are drawing down", `le débat public que la présidence prépare sur …`, `el
// debate abierto que la presidencia prepara sobre …`): the clause stands between the meeting and
// its link, as a day does, and the subject after the link is the theme, read as a sentence's.

const PREPARED = new RegExp(
  String.raw`(?<![\p{L}])((?:open\s+)?debate|meeting|briefing|dialogue|débat(?:\s+public)?|réunion|debate(?:\s+abierto)?|reunión|diálogo)\s+(?:that|which|que|qu['’])\s*[^.;:,]{2,80}?\s+(?:(?:is|are)\s+(?:planning|preparing|organi[sz]ing)|prépare(?:nt)?|organise(?:nt)?|prevé|prepara(?:n)?|organiza(?:n)?|planea(?:n)?)\s+(on|sur|sobre)\s+(.+)$`,
  'iu',
);

export const preparedMeeting: Cue<string> = ({ sentences }) =>
  sentences.flatMap(({ text }) => {
    const match = PREPARED.exec(text);
    const subject = match ? subjectOf(`${match[1]} ${match[2]} ${match[3]}`, false) : null;
    return subject ? [themed(subject, 0.5, text, 'preparedMeeting')] : [];
  });
