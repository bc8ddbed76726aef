import { findDates } from '../dates/findDates.js';
import { BYLINE } from '../text/splitBlocks.js';
import { splitSentences } from '../text/splitSentences.js';
import type { Candidate } from './cues/Candidate.js';
import { englishQualifiers, qualifiedFormat, withQualifiers } from './cues/formatQualifiers.js';
import { announcedBareKind } from './cues/bareKind.js';
import { allNamed, earliest, kindSpan, PLURAL } from './kindsNamed.js';
import { afterTheOpening } from './cues/meetingPart.js';
import { withoutOccasionAhead } from './cues/aheadOfOccasion.js';
import { meetingAcronyms, withMeetingAcronymsSpelled } from './cues/meetingAcronym.js';
import { tellsRecurringMeeting } from './cues/recurringMeeting.js';
import { holdsInPresent } from './cues/heldInPresent.js';
import { heldIfConfirmed } from './cues/underConsideration.js';
import { heldBareMeeting, schedulesBareMeeting } from './cues/scheduledMeeting.js';
import { titledFormat } from './cues/titledFormat.js';
import { FORMATS } from './formatVocabulary.js';
import { MEETING_LABELS, meetingFieldFormat } from './cues/meetingField.js';
import { heldAsBareMeeting } from './cues/heldAsBareMeeting.js';
import { looksForward, recordsPast } from './sentenceTense.js';
import type { NoteLayout } from './layout/NoteLayout.js';
import { subjectTakingPlace } from './cues/takesPlaceOnDay.js';
import { calledEventFirst } from './cues/calledEventFirst.js';
import { generalDebateAhead } from './cues/generalDebateAhead.js';
import { aheadOverRecord, datedAheadOverPassing } from './cues/aheadOverRecord.js';
import { countedPlural } from './cues/seriesHeading.js';
import { mandatesMeeting } from './cues/mandatedQualifiers.js';
import { meetingQuestionsAreFor, questionsBareKind } from './cues/questionsForMeeting.js';
import { namesSetting, SETTING_CONFIDENCE } from './cues/settingKind.js';
import { ownMeetingAhead } from './cues/ownMeetingAhead.js';
import { WHAT_LABELS, whatFieldFormat } from './cues/whatField.js';
import { scheduledBareMeetingRuAr } from './cues/bareMeetingRuAr.js';
import { decidedKind } from './cues/decidedKind.js';

const GENERIC: RegExp =
  /\b(?:general|annual)\s+debate\b|\bdebate\s+(?:on|of)\s+(?:the\s+)?[A-Z“"]/u;
const LABELS = new Set([
  'format',
  'type of meeting',
  'meeting format',
  'formato',
  'type de reunion',
]);

// "The meeting will take the form of an informal dialogue", "will take place in the form of a
// roundtable", "will be organized as a panel discussion", "prendra la forme d'une table
// ronde", "adoptará el formato de una mesa redonda": the format the note gives its meeting,
// surer than a format merely mentioned ("in preparation for the high-level political forum").
// Round 13a: `bajo la modalidad de` ("under the modality of") gives the form too, and a news
// item's "Formula Arria", its accent dropped, is the Arria formula.
const TAKES_THE_FORM =
  /\b(?:take|takes|taking)\s+(?:place\s+in\s+)?the\s+(?:form|format)\s+of\b|\bbe\s+(?:organi[sz]ed|conducted|structured)\s+(?:in\s+the\s+(?:form|format)\s+of|as)\b|\bbe\s+held\s+(?:in\s+the\s+(?:form|format)\s+of|as)\b|\b(?:prendra|prendront|revêtira)\s+la\s+forme\s+d['’]|\bse\s+tiendra\s+sous\s+(?:la\s+)?forme\s+d['’]|\b(?:adoptará|tendrá|revestirá)\s+(?:la\s+forma|el\s+formato)\s+de\b|\bse\s+celebrará\s+(?:en\s+(?:formato|forma)\s+de|como)\b|\bbajo\s+la\s+modalidad\s+de\b|\bsous\s+la\s+forme\s+d['’]/iu;

// Round 20: "The ministerial meeting will be held in an open debate format", "… in an
// interactive dialogue format": the kind named before "format", with the qualifiers the
// sentence gives the meeting it is the form of (the phrase the format is read from).
const HELD_IN_FORMAT =
  /\bbe\s+(?:held|conducted|organi[sz]ed)\s+in\s+(?:an?|the)\s+((?:[\p{L}-]+\s+){1,3}?)format\b/iu;
const MEETING_SUBJECT =
  /(?:^|[.!?]\s+)(?:the|this|its)\s+((?:[\p{L}-]+\s+){0,3}?)(?:meeting|debate|session|event)\s+(?:[^.!?]{0,60}?\s)?(?:will|shall|is\s+to)\s*$/iu;

function heldInFormat(text: string): string | null {
  const form = HELD_IN_FORMAT.exec(text);
  const named = form?.[1] ? earliest(form[1]) : null;
  if (!form || !named) return null;
  const kind = FORMATS.map(([, name]) => name).find((name) => named.format.endsWith(name));
  const subject = MEETING_SUBJECT.exec(text.slice(0, form.index))?.[1] ?? '';
  const qualifiers = englishQualifiers(subject);
  return kind && qualifiers.length > 0
    ? withQualifiers(named.format, kind, [`${qualifiers.join(' ')} ${kind}`])
    : named.format;
}

/**
 * Round 27a: the bare kind a sentence of `block` announces (cues/bareKind.ts) before any kind of
 * the vocabulary is named: "the debate" would refer back to that kind, and "a high-level open
 * debate", `la session annuelle` are kinds of the vocabulary.
 */
function bareKindBefore(block: string): string | null {
  for (const sentence of splitSentences(block)) {
    if (earliest(sentence)) return null;
    const kind = announcedBareKind(sentence);
    if (kind) return kind;
  }
  return null;
}

/**
 * Session 26: the kind named after the series an uncounted plural kind heads, when that plural is
 * the first kind the text names (cues/seriesHeading.ts), with the line it is read from.
 */
function afterSeriesHeading(text: string): { value: string; source: string } | null {
  for (const plural of text.matchAll(new RegExp(PLURAL.source, 'giu'))) {
    const end = plural.index + plural[0].length;
    const upTo = earliest(text.slice(0, end));
    if (!upTo) continue;
    // A kind named before the plural (in the singular) comes first; so does a counted plural.
    if (earliest(text.slice(0, plural.index)) || countedPlural(text.slice(0, upTo.index)))
      return null;
    const rest = text.slice(end);
    const after = earliest(rest);
    if (!after || after.format === upTo.format) return null;
    const line = rest.slice(after.index).split('\n')[0] ?? '';
    return { value: after.format, source: line };
  }
  return null;
}

// Round 13b: also in the present progressive, as a newsletter announces a meeting ("Cambodia,
// Croatia and Mozambique are co-hosting an Arria-formula meeting", `están organizando`).
// Round 20: also the meeting someone will preside over or chair ("Vietnamese State President
// Nguyen Xuan Phuc will preside over a high-level open debate on …"), and the reported future of
// a press summary ("The Security Council on 20 September would hold a high-level open debate").
// Round 31a: in French and Spanish too (`le ministre présidera le 30 octobre une réunion
// ministérielle`, `la canciller presidirá el 10 de junio una reunión ministerial`).
const ANNOUNCES =
  /\b(?:will|shall|intends?\s+to|plans?\s+to|is\s+pleased\s+to|are\s+pleased\s+to|honour\s+to)\s+(?:co-?)?(?:convene|hold|host|organi[sz]e)\b|\bwill\s+(?:preside\s+over|chair)\b|(?<![\p{L}])(?:présidera|présideront|presidirá|presidirán)(?![\p{L}])|\bwould\s+(?:convene|hold|host)\b|\b(?:is|are)\s+(?:co-?)?(?:convening|holding|hosting|organi[sz]ing)\b|(?<![\p{L}])(?:está|están)\s+(?:co-?)?(?:organizando|convocando|celebrando)(?![\p{L}])|\b(?:convoquera|organisera|tiendra|convocará|organizará|celebrará)(?![\p{L}])/iu;

/** `text` up to the end of its first sentence. */
function withinSentence(text: string): string {
  const end =
    /(?<!(?<![\p{L}])(?:Mr|Mrs|Ms|Dr|Prof|St|No|Nos|H\.E|U\.N))[.!?](?=\s+["“(]?\p{Lu})/u.exec(
      text,
    );
  return end ? text.slice(0, end.index + 1) : text;
}

const MESA_REDONDA = /\bmesas?\s+redondas?\b/iu;

// Round 22 (the convention on texts announcing several meetings): a sentence about a meeting on
// another day than the one found (What's in Blue's front page: "Tomorrow (22 May) … its annual
// open debate", then "Tomorrow morning (20 May) … a high-level open debate") lends it no
// qualifier. Days are compared by month and day, as a news item often gives no year.
function daysOf(text: string): Set<string> {
  return new Set(findDates(text).map(({ iso }) => iso.slice(-5)));
}

function anotherDay(text: string, days: ReadonlySet<string>): boolean {
  const own = daysOf(text);
  return days.size > 0 && own.size > 0 && ![...own].some((day) => days.has(day));
}

/**
 * The format found, with the qualifiers the note gives the same kind in its title lines and
 * in the sentences that look forward to a meeting of that kind ("The high-level open debate
 * will be held …") or tell of it as recurring ("Every May, the Council holds its annual open
 * debate", round 13b), in the present or under consideration (round 23), not in those recalling
 * one held.
 */
function qualifiedByNote(found: Candidate<string>, note: NoteLayout): Candidate<string> {
  const kind = FORMATS.map(([, name]) => name)
    .filter((name) => found.value === name || found.value.endsWith(` ${name}`))
    .sort((a, b) => b.length - a.length)[0];
  if (!kind) return found;
  const titles = note.titleBlocks.map((index) => note.layout[index]?.text ?? '');
  // The source may be a paragraph holding several items: its first sentence names the meeting.
  const days = daysOf(found.source.split(/(?<=[.!?])\s+(?=\p{Lu})/u)[0] ?? '');
  const ahead = note.sentences
    .map(({ text }) => text)
    .filter(
      (text) =>
        (looksForward(text) && !recordsPast(text)) ||
        tellsRecurringMeeting(text) ||
        holdsInPresent(text) ||
        heldIfConfirmed(text),
    )
    .filter((text) => !anotherDay(text, days));
  // Session 26: a bare kind read from a sentence looking ahead takes the qualifiers of the mandate
  // that named it, when no title line names the kind (cues/mandatedQualifiers.ts).
  const titled = titles.some((text) => allNamed(text).some((named) => named.kind === kind));
  const mandates =
    found.value === kind &&
    !titled &&
    looksForward(found.source) &&
    !recordsPast(found.source) &&
    allNamed(found.source).every((named) => named.kind !== kind || named.format === kind)
      ? note.sentences.map(({ text }) => text).filter((text) => mandatesMeeting(text))
      : [];
  const others = [...titles, ...ahead, ...mandates]
    .flatMap(allNamed)
    .filter((named) => named.kind === kind)
    .map((named) => named.format);
  return { ...found, value: withQualifiers(found.value, kind, others) };
}

/** `body` is the note's body, when known: it decides what a Spanish "mesa redonda" is. */
export function findFormat(note: NoteLayout, body: string | null = null): Candidate<string> | null {
  const named = namedFormat(note);
  const found = titledFormat(named ? qualifiedByNote(named, note) : null, note);
  if (
    found?.value.endsWith('round table') &&
    body === 'Human Rights Council' &&
    MESA_REDONDA.test(found.source)
  )
    return { ...found, value: found.value.replace(/round table$/u, 'panel discussion') };
  return found;
}

// Round 12a: a short title line holding a year beside a kind ("Partnership Forum 2027", "2027
// High-level Segment") names the yearly occasion the meeting belongs to; when another title
// line names a kind, that one is the meeting's, and the occasion's kind is not read first.
const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/u;

// Round 17: a news item's headline, above its byline ("Diplomats to weigh road deaths at
// informal meeting" / "By Lena Okafor | 3 May 2027"), shortens the meeting's name; its lede
// names the format in full ("a high-level meeting", "an informal Arria-formula meeting").
function headlines({ layout }: NoteLayout): string[] {
  return layout.flatMap(({ text }, index) =>
    index < 12 && BYLINE.test(layout[index + 1]?.text ?? '') ? [text] : [],
  );
}

function blankOut(text: string, lines: readonly string[]): string {
  return lines.reduce((rest, line) => rest.replace(line, ' '.repeat(line.length)), text);
}

function withoutOccasions(note: NoteLayout): string {
  const { layout, titleBlocks } = note;
  const normalized = blankOut(note.normalized, headlines(note));
  // A title block is a few lines; a text that is all short lines is no title to search.
  const titles = titleBlocks.slice(0, 12).map((index) => layout[index]?.text ?? '');
  const occasions = titles.filter(
    (text) =>
      text.length <= 60 && YEAR.test(text) && findDates(text).length === 0 && earliest(text),
  );
  if (!titles.some((text) => !occasions.includes(text) && earliest(text))) return normalized;
  return blankOut(normalized, occasions);
}

/** The bare kind the first sentence opening on the text's own meeting ahead names, with it. */
function ownMeetingOf(note: NoteLayout): { value: string; source: string } | null {
  for (const { text } of note.sentences) {
    const value = ownMeetingAhead(text);
    if (value) return { value, source: text };
  }
  return null;
}

/** The kind a decision in the sentence naming the first kind names, with that sentence. */
function decidedOverFirst(note: NoteLayout): { value: string; source: string } | null {
  for (const { text } of note.sentences) {
    const named = earliest(text);
    if (!named) continue;
    const value = decidedKind(text, kindSpan(text)?.end ?? named.index);
    return value && value !== named.format ? { value, source: text } : null;
  }
  return null;
}

function namedFormat(note: NoteLayout): Candidate<string> | null {
  const { layout } = note;
  const normalized = withoutOccasions(note);
  for (const { field, text } of layout) {
    const named = field && LABELS.has(field.label) ? earliest(field.value) : null;
    if (named) return { value: named.format, confidence: 0.95, source: text, cue: 'formatField' };
    // Round h13t: a field labelled "Meeting" names the kind too (cues/meetingField.ts).
    const meeting = field && MEETING_LABELS.has(field.label) ? field.value : null;
    const kind = meeting ? (earliest(meeting)?.format ?? meetingFieldFormat(meeting)) : null;
    if (kind) return { value: kind, confidence: 0.9, source: text, cue: 'meetingField' };
    // Round t43a: so does a media advisory's “What:” field (cues/whatField.ts).
    const what = field && WHAT_LABELS.has(field.label) ? whatFieldFormat(field.value) : null;
    if (what) return { value: what, confidence: 0.9, source: text, cue: 'whatField' };
  }
  for (const { text } of layout) {
    const held = heldInFormat(text);
    if (held) return { value: held, confidence: 0.9, source: text, cue: 'takesTheForm' };
    const form = TAKES_THE_FORM.exec(text);
    const after = form ? text.slice(form.index + form[0].length).slice(0, 80) : '';
    const named = form ? earliest(after) : null;
    if (named) return { value: named.format, confidence: 0.9, source: text, cue: 'takesTheForm' };
    // Round w38at: or the bare kind, its article dropped (cues/heldAsBareMeeting.ts).
    const bare = form ? heldAsBareMeeting(after) : null;
    if (bare) return { value: bare, confidence: 0.9, source: text, cue: 'takesTheForm' };
  }
  // The meeting the note announces ("Denmark … intends to convene an open debate"): the first
  // format named after the first verb of convening, not one the background recalls before it.
  // Round 27a: or the bare kind a sentence announces while no kind of the vocabulary has been
  // named (bareKindBefore).
  let namedAbove = false;
  const acronyms = meetingAcronyms(note.normalized);
  for (const { text } of layout) {
    const verb = ANNOUNCES.exec(text);
    const part = verb ? afterTheOpening(text.slice(0, verb.index)) : false;
    // Round 36h: not the occasion it is held ahead of (cues/aheadOfOccasion.ts).
    const after = verb ? withoutOccasionAhead(text.slice(verb.index + verb[0].length)) : '';
    // Round h12t: within the verb's sentence ("We will chair the council meetings … . The
    // President gives a briefing …" names no meeting it will hold).
    const named = verb && !part ? earliest(withinSentence(after).slice(0, 120)) : null;
    if (named)
      return { value: named.format, confidence: 0.85, source: text, cue: 'announcedFormat' };
    // Round 36h: a meeting named by its acronym, by the kind its full name gives it
    // (cues/meetingAcronym.ts).
    const bare = namedAbove ? null : bareKindBefore(withMeetingAcronymsSpelled(text, acronyms));
    if (bare) return { value: bare, confidence: 0.5, source: text, cue: 'announcedBareKind' };
    namedAbove ||= earliest(text) !== null;
  }
  // Round 31b: the meeting a sentence places on its day, over one named before it in passing
  // (cues/takesPlaceOnDay.ts), when no title line names the meeting the text is about.
  const titled = note.titleBlocks.some((index) => earliest(layout[index]?.text ?? '') !== null);
  for (const { text } of titled ? [] : note.sentences) {
    const subject = subjectTakingPlace(text);
    const named = subject ? earliest(subject) : null;
    if (named)
      return { value: named.format, confidence: 0.8, source: text, cue: 'takesPlaceOnDay' };
  }
  // Round w36bt: the meeting a page's questions are for, over the forum it is part of
  // (cues/questionsForMeeting.ts).
  for (const { text } of note.sentences) {
    const meeting = meetingQuestionsAreFor(text);
    const named = meeting ? earliest(meeting.slice(0, 80)) : null;
    // The kind heads the words after "for the", behind its qualifiers at most.
    if (meeting && named && meeting.slice(0, named.index).split(/\s+/u).length <= 4)
      return { value: named.format, confidence: 0.8, source: text, cue: 'questionsForMeeting' };
    // Round t42a: or by a bare kind, less surely (cues/questionsForMeeting.ts).
    const bare = meeting ? questionsBareKind(meeting) : null;
    if (bare) return { value: bare, confidence: 0.65, source: text, cue: 'questionsBareKind' };
  }
  // Round 31f: a text that opens on its meeting called "the event" names it by the first kind of
  // event it names, over a forum named before it (cues/calledEventFirst.ts); the forum being the
  // same meeting, the sentence naming it first stays the source (whether it is ahead).
  // Round t40c: not a kind the first sentence naming one recalls as held, when a later sentence
  // looks ahead to a meeting of a kind (cues/aheadOverRecord.ts).
  const ahead = aheadOverRecord(note.sentences, (text) => earliest(text) !== null);
  const aheadKind = ahead ? earliest(ahead) : null;
  if (ahead && aheadKind)
    return { value: aheadKind.format, confidence: 0.7, source: ahead, cue: 'aheadOverRecord' };
  // Session 26: nor a kind the first sentence naming one names in passing, neither ahead nor dated,
  // when a later sentence dates a meeting ahead (cues/aheadOverRecord.ts).
  const dated = datedAheadOverPassing(
    note.sentences,
    (text) => earliest(text) !== null,
    (text) => findDates(text).length > 0,
  );
  const datedKind = dated ? earliest(dated) : null;
  // Only for another kind than the first named: the same kind named twice is one meeting.
  const kindOf = (text: string): string | undefined => kindSpan(text)?.kind;
  if (dated && datedKind && kindOf(dated) !== kindOf(normalized))
    return {
      value: datedKind.format,
      confidence: 0.7,
      source: dated,
      cue: 'datedAheadOverPassing',
    };
  // Session 26: a kind named in the plural and not counted (an order of the day's “Plenary
  // meetings – Room XX”) heads a series; the first kind named in the singular after it is the
  // meeting's (cues/seriesHeading.ts).
  const series = afterSeriesHeading(normalized);
  if (series) return { ...series, confidence: 0.7, cue: 'seriesHeading' };
  const first = earliest(normalized);
  const opening = note.sentences[0]?.text ?? '';
  const event = calledEventFirst(opening)
    ? earliest(normalized, (kind) => kind.endsWith('event'))
    : null;
  const found = event ?? first;
  // Round t43a: the meeting the sentence naming the first kind says was decided on, over the
  // meeting where it was decided (cues/decidedKind.ts).
  const decided = found === first ? decidedOverFirst(note) : null;
  if (decided) return { ...decided, confidence: 0.7, cue: 'decidedKind' };
  if (first && found) {
    const source = layout.find((block) => earliest(block.text)?.format === first.format)?.text;
    // Round t42a: the text's own meeting, called by a bare kind in a sentence looking ahead, over
    // a forum or segment merely named (cues/ownMeetingAhead.ts).
    // A plenary meeting is itself the meeting "the meeting" refers back to.
    const own = /(?:forum|segment)$/u.test(found.format) ? ownMeetingOf(note) : null;
    if (own) return { ...own, confidence: SETTING_CONFIDENCE, cue: 'ownMeetingAhead' };
    // Session 26: a forum, a segment or the plenary merely named is highlighted (cues/settingKind.ts).
    const confidence = namesSetting(found.format) ? SETTING_CONFIDENCE : 0.8;
    return { value: found.format, confidence, source: source ?? '', cue: 'namedFormat' };
  }
  // Round t40c: the general debate a sentence looks ahead to or gives the theme of
  // (cues/generalDebateAhead.ts), over a debate named in passing.
  // Round t43a: or, whichever a sentence names first, a meeting Russian or Arabic news schedules
  // by the bare word for it (cues/bareMeetingRuAr.ts).
  for (const { text } of note.sentences) {
    const general = generalDebateAhead(text);
    if (general)
      return { value: general, confidence: 0.6, source: text, cue: 'generalDebateAhead' };
    const bare = scheduledBareMeetingRuAr(text);
    if (bare)
      return { value: bare, confidence: 0.4, source: text, cue: 'scheduledBareMeetingRuAr' };
  }
  const generic = GENERIC.exec(normalized);
  if (generic)
    return { value: 'debate', confidence: 0.5, source: generic[0], cue: 'genericDebate' };
  const scheduled = layout.find(({ text }) => schedulesBareMeeting(text));
  if (!scheduled) return null;
  // Round 36h: with the qualifiers the note gives it (`una reunión a nivel ministerial`).
  const held = heldBareMeeting(scheduled.text);
  const value = held ? qualifiedFormat(scheduled.text, held.start, held.end, 'meeting') : 'meeting';
  return { value, confidence: 0.4, source: scheduled.text, cue: 'scheduledMeeting' };
}
