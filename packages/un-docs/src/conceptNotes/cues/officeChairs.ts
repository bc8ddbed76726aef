import { candidate, type Cue } from './Candidate.js';
import { STANDING_BODIES } from './standingBodies.js';

// An office of a body that chairs the meeting or lends its auspices, when nothing surer names
// a convener: "chaired by the Chair of the Peacebuilding Commission", "under the auspices of
// the President of the Human Rights Council", "The Vice-President of ECOSOC will chair".
// Ministers and Heads of State chair Council meetings under the presidency: not conveners.
// Round h14t: or of a standing body's (standingBodies.ts), by its English name: "Chair: H.E. …,
// Vice-Chair of the Commission on the Status of Women".
const STANDING = STANDING_BODIES.map(([name]) => name.replace(/\s+/gu, String.raw`\s+`)).join('|');
const OFFICE_NAME = String.raw`(?:Vice-)?(?:President|Chair)\s+of\s+(?:the\s+)?(?:Peacebuilding Commission|Human Rights Council|Economic and Social Council|General Assembly|${STANDING}|ECOSOC|PBC|HRC)\b`;
const OFFICE = String.raw`the\s+${OFFICE_NAME}`;
const OFFICE_CHAIRS = new RegExp(
  String.raw`\b(?:chaired|presided over)\s+by\s+(${OFFICE})|\bunder\s+the\s+auspices\s+of\s+(${OFFICE})|^(${OFFICE})\s+will\s+(?:chair|preside)\b`,
  'iu',
);

// Round 27a: or its holder named first, the office after a comma without its article ("chaired by
// H.E. Mr. Akan Rakhmetullin (Kazakhstan), Vice-President of the Economic and Social Council"):
// the office, with "the", as the convener convention names it (without the holder).
const HOLDER_THEN_OFFICE = new RegExp(
  String.raw`\b(?:chaired|presided over)\s+by\s+[^,;]{3,80}?,\s+(?:the\s+)?(${OFFICE_NAME})`,
  'iu',
);

function chairingOffice(text: string): string | null {
  const match = OFFICE_CHAIRS.exec(text);
  const office = match ? (match[1] ?? match[2] ?? match[3]) : undefined;
  if (office) return office.replace(/^The\b/, 'the');
  const held = HOLDER_THEN_OFFICE.exec(text)?.[1];
  return held ? `the ${held}` : null;
}

// Round h11t: or a header field that names who chairs (“Chair: H.E. Ms. Ingrid Solheim, Chair of
// the Peacebuilding Commission”, a table's `| Chair | … |` row, “Chaired by: …”): the office the
// value names, with "the", without its holder, as the sentence's "chaired by" gives it. Not the
// President of the Human Rights Council in a panel's field (“Chair: President of the Human Rights
// Council”): the Council holds its panels in session, and its President presides over every
// meeting of the session, as the Security Council's presidency does (decided in session 17).
const CHAIR_LABEL = /^(?:chair|chairs|chairperson|chaired\s+by|presiding|presided\s+by)$/u;
const OFFICE_IN_VALUE = new RegExp(String.raw`(?:^|,\s+)(?:the\s+)?(${OFFICE_NAME})`, 'iu');

function chairFieldOffice(label: string, value: string): string | null {
  if (!CHAIR_LABEL.test(label)) return null;
  const office = OFFICE_IN_VALUE.exec(value)?.[1];
  return office && !/Human\s+Rights\s+Council|HRC/u.test(office) ? `the ${office}` : null;
}

export const officeChairs: Cue<string> = ({ sentences, layout }) => [
  ...sentences.flatMap(({ text }) => {
    const office = chairingOffice(text);
    return office ? [candidate(office, 0.45, text, 'officeChairs')] : [];
  }),
  ...layout.flatMap(({ field, text }) => {
    const office = field ? chairFieldOffice(field.label, field.value) : null;
    return office ? [candidate(office, 0.45, text, 'officeChairs')] : [];
  }),
];
