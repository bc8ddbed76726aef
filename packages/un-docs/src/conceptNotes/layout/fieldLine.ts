import { withoutAccents } from '../../text/withoutAccents.js';

// Header fields as notes print them: "Date: 3 March 2027", "**Date :** 19 avril 2026",
// "Co-organizers: Estonia and Niger", "Fecha: 19 de mayo de 2026". The label is lower-cased
// and stripped of accents, so cues can match it in any of the three languages.

export interface FieldLine {
  label: string;
  value: string;
}

// An event page may list its fields as bullets: "- date: 4 May 2015", "• Venue: …". Round 12a:
// a key-information box may set its label off by a dot leader instead of a colon ("Date
// ........ Monday 12 January 2026", "Interventions ... 3 minutes", "Time …… 10 a.m."): three
// dots or two ellipses at least, right after a label of a word or two at the line's start.
const FIELD =
  /^(?:[-*•▪◦]\s+)?([\p{L}][\p{L}' -]{1,40}?)\s*(?::\s+|(?:\.\s?){2,}\.\s*|(?:…\s?){2,})(\S.*)$/u;

// A theme is often written "Protection of civilians: the humanitarian impact …": a label
// longer than two words is only a field's when it names what fields hold.
const FIELD_WORDS =
  /\b(?:date|time|venue|place|location|organi|host|chair|format|theme|topic|title|presiden|convener|meeting|agenda|concept note|participation|contact|registration|fecha|hora|lugar|heure|lieu|type)/;

// A title names a meeting and what it is on: "Special meeting on the global food crisis: …",
// "Panel on women's participation: …", "Debate sobre organizaciones regionales: …". Its
// head is no field's label, whatever field word it holds; "Meeting date:", "Date of the
// meeting:" name no subject.
const MEETING_ON =
  /\b(?:meeting|debate|debat|dialogue|dialogo|briefing|discussion|panel|session|sesion|seance|event|evenement|evento|consultations?|round[ -]?table|table ronde|mesa redonda|reunion|seminar|seminaire|seminario|workshop|atelier|taller|symposium|hearing)s?\b(?:[\p{L}' -]*\s)?(?:on|about|sur|sobre)\s/u;

export function fieldLine(block: string): FieldLine | null {
  const match = FIELD.exec(block);
  if (!match?.[1] || !match[2] || block.length > 400) return null;
  const label = withoutAccents(match[1]).toLowerCase().trim();
  if (label.split(/\s+/).length > 2 && !FIELD_WORDS.test(label)) return null;
  if (MEETING_ON.test(`${label} `)) return null;
  return { label, value: match[2].trim() };
}
