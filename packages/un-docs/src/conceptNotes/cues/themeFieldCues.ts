// Themes the note states as such: a "Theme:" field or a heading over it, "the theme of the
// meeting is X", "the theme …, namely X" (split out of themeCues.ts).
import type { Cue } from './Candidate.js';
import { namesOnlyDocumentKind } from './documentKindSubject.js';
import { mailHeader } from '../mailHeader.js';
import { MEETING_WORD } from './themeHeadingCues.js';
import { subjectOf } from './subjectOf.js';
import { subjectPart } from './subjectInParts.js';
import { themed } from './themed.js';
import { placed } from './themePlaced.js';
import { withoutReportingTail } from './reportingTail.js';
import { YEAR_AFTER_KIND } from './yearAfterKind.js';
import { withoutAccents } from '../../text/withoutAccents.js';

const THEME_LABELS = new Set([
  'theme',
  'topic',
  'title',
  'theme du debat',
  'sujet',
  'titre',
  'tema',
  'titulo',
  'subject',
  'objet',
  'asunto',
  're',
  'focus',
]);
// "Theme of the panel:", "Thème de la réunion :", "Title of the event:", "Event title:".
// Any label that ends in "theme" or "topic" names the theme: "This year's theme:", "Proposed
// topic:", "Thème retenu" is read by its last word, not listed phrase by phrase.
const THEME_OF =
  /^(?:theme|topic|subject|sujet|tema|title|titre|titulo)\s+(?:of|for|de|du|del)\b|\s(?:theme|topic|tema)$|^(?:event|meeting|debate|session|overarching|main|overall|proposed)\s+(?:title|theme|topic)$|^(?:theme|tema)\s+(?:general|central|principal)$/;
// "The theme of the meeting is the protection of …", unquoted, to the end of the sentence.
// Also with up to four words naming the meeting: "The theme of this year's forum is X",
// "The theme for the 2027 session will be X", "Le thème de la réunion est X", "El tema del
// diálogo será X". Round 36h: in a press summary's reported speech too, with what else it is the
// theme of ("the theme of the session, as well as that of the annual general debate, was
// entitled “X”"); a past verb still ranks it below a sentence looking ahead (placed()).
// Round t42b: with a word and the year after the kind (`del debate político de este año`,
// cues/yearAfterKind.ts).
// Round h11t: not part of a focus, a reporter's hedge on what speakers will stress ("much of the
// focus of tomorrow's open debate will be on what …").
const THEME_IS = new RegExp(
  String.raw`(?<!\b(?:much|most|part|some)\s+of\s+(?:the\s+)?)\b(?:the\s+|le\s+|el\s+)?(?:theme|topic|focus|thème|tema)\s+(?:of|for|de|du|del)\s+(?:[\p{L}\d'’-]+\s+){0,3}?(?:${MEETING_WORD}|forum|foro|open debate|Arria-formula meeting)${YEAR_AFTER_KIND}(?:,\s+as\s+well\s+as\s+[^,]{3,80},|,\s+ainsi\s+que\s+[^,]{3,80},|,\s+así\s+como\s+[^,]{3,80},)?\s+(?:is|will be|was|est|sera|était|es|será|era)(?:\s+(?:entitled|titled|intitulée?|titulad[oa]))?\s+(.{4,250}?)\.?$`,
  'iu',
);
// Round 17: the theme named first and given after "namely" (`à savoir`, `a saber`), to the
// sentence's end: "the priority theme of the session, namely women's economic security …",
// "the theme chosen by the Council for 2027, namely the right to education …".
const THEME_NAMELY =
  /(?<![\p{L}])(?:theme|thème|tema|topic)(?![\p{L}])[^.;:“”"«»]{0,80}?,\s*(?:namely|that is|à savoir|c['’]est-à-dire|a saber|es decir)\s+(.{4,250}?)\.?$/iu;

export const themeNamely: Cue<string> = ({ sentences }) =>
  sentences.flatMap(({ text }) => {
    const words = THEME_NAMELY.exec(text)?.[1];
    return words
      ? [themed(withoutReportingTail(words), placed(0.8, text), text, 'themeNamely')]
      : [];
  });

// "Subject: Arria-formula meeting on X" (an e-mail's subject line): the theme is X. A
// forward's subject ("FW:", "Fwd:", "TR:", "RV:") names the message by its meeting; the
// forwarded note's own title lines, read as an annex's, name the theme more surely.
const FORWARD_SUBJECT = /^(?:fwd?|tr|rv|wg)\s*:/iu;

/** How surely a theme field names the theme, by what kind of field it is (see themeField). */
function fieldConfidence(
  label: string,
  mailSubject: boolean,
  messageSubject: boolean,
  forward: boolean,
): number {
  if (messageSubject) return forward ? 0.45 : 0.46;
  if (forward) return 0.56;
  if (mailSubject) return 0.58;
  return label === 'focus' ? 0.57 : 0.95;
}

export const themeField: Cue<string> = ({ layout, blocks }) => {
  const header = mailHeader(blocks);
  return layout.flatMap(({ field, text }, index) => {
    if (!field || !(THEME_LABELS.has(field.label) || THEME_OF.test(field.label))) return [];
    const mailSubject = /^(?:subject|objet|asunto|re)$/.test(field.label);
    const forward = mailSubject && FORWARD_SUBJECT.test(field.value);
    const value = forward ? field.value.replace(FORWARD_SUBJECT, '').trim() : field.value;
    // Round 32a: a subject naming only the document's kind and the body is no theme.
    if (mailSubject && namesOnlyDocumentKind(value)) return [];
    // Round h14t: a subject filed in dashed parts gives its subject part, below a sentence's.
    const part = mailSubject ? subjectPart(value) : null;
    if (part) return [themed(part, 0.44, text, 'themeField')];
    const named = mailSubject && /^[^“"«]*$/u.test(value) ? subjectOf(value, true) : null;
    // Round 13b: a message's subject line is a short label for it; the invitation's own
    // quotation of its title ("an Arria-formula meeting on" / "“X”") names the theme more surely.
    // Session 11: below the review form's 0.6, so it is highlighted: on the third to seventh
    // holdouts as read before tuning, every theme taken from a subject line was wrong (5 of 5).
    // Round 31b: a "Focus:" line narrows the subject a title line names ("Biennial panel
    // discussion on the right to privacy in the digital age" / "Focus: neurotechnology, …"), by
    // the convention "a theme named twice is taken where it is named in full": just below a
    // title line's subject (0.58), above a sentence's; alone, it is still the theme.
    // Session 24: a subject line in a message's header (From:/To:/Sent: with it) is a last
    // resort, below every other cue (a sentence's subject, a heading): on holdouts 4–14 as written,
    // all ten themes taken from a message's subject line were wrong (a shortened label of the
    // meeting, its day, a forward's prefix). A "Subject:" field of a note's own header keeps 0.58.
    const messageSubject = mailSubject && header.has(index);
    const confidence = fieldConfidence(field.label, mailSubject, messageSubject, forward);
    return [themed(named ?? value, confidence, text, 'themeField')];
  });
};

// Round 17: a line holding only the word "Theme" (`Thème`, `Tema`, "Topic"), as a heading, sets
// the theme on the next line ("Theme" / "Sustainable fisheries and the livelihoods of …"): a
// field whose label stands above its value.
const THEME_HEADING = /^(?:theme|theme du debat|topic|tema)\s*:?$/u;

export const themeUnderHeading: Cue<string> = ({ layout }) =>
  layout.flatMap(({ text }, index) => {
    const label = withoutAccents(text).toLowerCase().trim();
    const next = layout[index + 1];
    if (!THEME_HEADING.test(label) || !next || next.field !== null) return [];
    const value = next.text.trim();
    if (value.length < 8 || value.length > 250 || /[:;]$/u.test(value)) return [];
    return [themed(value, 0.9, `${text} ${value}`, 'themeUnderHeading')];
  });

export const themeIs: Cue<string> = ({ sentences }) =>
  sentences.flatMap(({ text }) => {
    // Round t41b: without the news item's reporting clause it closes on (reportingTail.ts).
    const words = THEME_IS.exec(text)?.[1];
    return words ? [themed(withoutReportingTail(words), placed(0.8, text), text, 'themeIs')] : [];
  });
