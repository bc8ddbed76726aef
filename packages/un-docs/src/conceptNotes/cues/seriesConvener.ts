import { BODY_NAMES } from './bodyNames.js';
import { candidate, type Cue } from './Candidate.js';

// A body that runs a series of meetings convenes each of them, the one the note announces
// included, whatever the tense: "The Peacebuilding Commission (PBC) convened a series of
// meetings at the expert-level … The objective of the third meeting, convened at
// Ambassadorial-level, …", "The General Assembly is holding a series of interactive
// dialogues", `La Comisión … celebra una serie de reuniones`. Read only from a body's name (the
// closed vocabulary of bodies) as the subject of "a series of" meetings, and weaker than any
// cue that names who convenes this one meeting.

const BODY = BODY_NAMES.map(([, pattern]) => pattern.source).join('|');
const SERIES = new RegExp(
  String.raw`(?:^|[.;]\s+|,\s+)((?:the|la|le|el)\s+(?:${BODY}))(?:\s+\([A-Z]{2,8}\))?\s+(?:(?:has|have|had|is|are|will|a|ha)\s+)?(?:convened|convening|convene|held|holding|hold|organi[sz]ed|organi[sz]ing|organi[sz]e|launched|began|convoqué|organisé|tenu|convocó|celebró|organizó|celebra|organiza)\s+(?:a|an|une|una)\s+(?:series|série|serie)\s+(?:of|de)\s+(?:[\p{L}-]+\s+){0,3}?(?:meetings|dialogues|consultations|discussions|debates|briefings|réunions|dialogues|consultas|reuniones|diálogos|debates)\b`,
  'iu',
);

export const seriesConvener: Cue<string> = ({ sentences }) =>
  sentences.flatMap(({ text }) => {
    const body = SERIES.exec(text)?.[1];
    return body ? [candidate(body.replace(/^The\b/u, 'the'), 0.55, text, 'seriesConvener')] : [];
  });
