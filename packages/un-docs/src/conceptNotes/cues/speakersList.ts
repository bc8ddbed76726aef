import { findDates, withYear } from '../../dates/findDates.js';
import { confirmsAttendance } from './confirmingAttendance.js';
import { deadlineFieldDate } from './floorDeadlineField.js';

// How a delegation gets the floor: it inscribes on the list of speakers, registers to speak or
// asks for the floor, at an address or through a portal, by a date. By the 2026-12-05
// convention these are the submission's when the note names no address or deadline for
// written statements (for an open debate or an Arria-formula meeting the list of speakers is
// the delegation's deadline). Registering to attend is not (the convention of the same day):
// an RSVP, a registration form for participants, `s'inscrire` or `inscribirse` to attend.

/**
 * Words about getting the floor, in the three languages: also those wishing, willing,
 * wanting, intending or planning to speak ("NGOs willing to speak … need to register by …").
 * Round 14: no RSVP (round 13b took one as a side event's registration; replying to an
 * invitation says who comes, not who speaks). Round 15b: statements in the plural ("wishing
 * to deliver statements … are requested to express their interest", `que deseen formular
 * declaraciones`).
 */
const SPEAKING =
  /\b(?:list of speakers|speakers['’]? list|(?:wish(?:es|ing)?|willing|want(?:s|ing)?|intend(?:s|ing)?|plan(?:s|ning)?)\s+to\s+(?:speak|take the floor|(?:make|deliver)\s+(?:a\s+)?statements?|intervene)|request(?:s|ing)?\s+(?:the floor|to speak)|register(?:ed|ing)?\s+to\s+speak|e-?speakers|liste des orateurs|prendre la parole|lista de oradores|hacer uso de la palabra|deseen intervenir|deseen formular (?:una )?declaraci(?:ón|ones)|tomar la palabra)/iu;
// Inscribing is the floor's in English ("inscribe through e-Speakers"), but `s'inscrire`,
// `inscription`, `inscribirse` are any registration: to attend as well. Round 31a: the Spanish
// noun too (`Inscripción para intervenir: …`), as the French `inscription` was.
const INSCRIBING = /\binscri(?:be|ption|pci[óo]n|re|rse|birse|ban)/iu;
// Words about coming to the meeting rather than speaking at it: an RSVP, attending, the
// participants, a grounds pass, in the three languages.
// Round 15a: taking part in a gathering that people attend rather than address (a workshop,
// a training, a seminar, a side event: `participer à l'atelier`, `participar en el taller`) is
// attending it; taking part in a debate or a dialogue stays ambiguous, since it is speaking.
const ATTENDED = String.raw`(?:atelier|formation|séminaire|cours|manifestation|réception|visite|workshop|training|seminar|course|side\s+event|reception|visit|taller|curso|seminario|formación|evento|recepción|visita)`;
const ATTENDING = new RegExp(
  String.raw`\bR\.?S\.?V\.?P\b|\battend|\bparticipant(?:e)?s\b|\bassister\b|\basist(?:ir|encia)\b|\bin person\b|\ben personne\b|\bpresencial|grounds? pass|\bpases?\b|\bbadges?\b|laissez-passer|(?:\bparticip(?:er|ar|ate)|prendre\s+part|take\s+part)\s+(?:à|au|aux|en|in)\s+(?:l['’]\s*|(?:la|le|les|el|the|this|cet|cette|ce|este|esta)\s+)?${ATTENDED}(?![\p{L}])`,
  'iu',
);

function attending(text: string): boolean {
  return ATTENDING.test(text) || confirmsAttendance(text);
}

/**
 * A sentence about getting the floor: words about speaking, or an inscription that says
 * nothing of attending ("Les participants sont priés de s'inscrire …" is not one).
 */
// Round 17: signing up or registering in the sentence that gives each speaker's time ("each
// will have two minutes, and delegations have until 29 April to sign up by writing to …") is
// for the floor: the time is what the list hands out.
const SIGNING_UP =
  /\b(?:sign(?:s|ed|ing)?\s+up|register(?:s|ed|ing)?|registration)\b|(?<![\p{L}])(?:s['’]inscrire|inscribirse|registrarse)(?![\p{L}])/iu;
const SPEAKING_TIME =
  /(?<![\p{L}])(?:\d{1,2}|one|two|three|four|five|six|seven|eight|ten|deux|trois|quatre|cinq|dos|tres|cuatro|cinco)\s+(?:minutes?|minutos?|seconds|secondes|segundos)(?![\p{L}])/iu;

// Round 17: sending the name (and title) of the delegation's speaker inscribes it on the list
// ("communicate the name and title of their speaker to the Secretariat", `comuniquen el nombre
// y el cargo de su orador`, `le nom et le titre de leur orateur`).
const SPEAKER_NAME =
  /(?<![\p{L}])(?:names?(?:\s+and\s+(?:titles?|functions?|designations?))?\s+of\s+(?:their|its|the)\s+speakers?|noms?\s+(?:et\s+(?:le\s+|la\s+)?(?:titres?|fonctions?|qualités?)\s+)?de\s+(?:leur|son|l['’])\s*orat(?:eur|rice)s?|nombres?\s+(?:y\s+(?:el\s+)?cargos?\s+)?(?:de\s+su|del)\s+orador(?:a|es)?)(?![\p{L}])/iu;

export function aboutTheFloor(text: string): boolean {
  return (
    SPEAKING.test(text) ||
    SPEAKER_NAME.test(text) ||
    (INSCRIBING.test(text) && !attending(text)) ||
    (SIGNING_UP.test(text) && SPEAKING_TIME.test(text) && !attending(text))
  );
}

/**
 * A sentence about coming to the meeting and not about its floor (an RSVP, a registration to
 * attend): its address and date are no submission's.
 */
export function aboutAttending(text: string): boolean {
  return attending(text) && !SPEAKING.test(text);
}

// The relation before a date that makes it a deadline ("no later than 12 May", "by 6 p.m. on
// Friday, 12 March", `au plus tard le`, `a más tardar el`; round 13a: a list open "jusqu'au" a
// date, `restera ouverte jusqu'au jeudi 18 mai`, as one open "until" it).
// Round 15a: the clock may be noon ("no later than 12 noon on Friday, 21 May 2027", `au plus
// tard à midi le lundi 6 décembre`).
const BY =
  /(?:\bby|\bbefore|\buntil|no later than|not later than|close of business|\bCOB\b|prior to|au plus tard|\bavant\b|d['’]ici\s+(?:au|le)|jusqu['’](?:au|à)|a más tardar|\bantes\s+del?|\bhasta\b)\s*(?:(?:le|el|del|the|on|de)\s+)?(?:(?:at|à|a las|al)\s+)?(?:(?:[\d.:h]+\s*(?:[ap]\.?m\.?|hrs?|heures|horas|noon|midday)?|noon|midday|midi|(?:el\s+)?mediodía)\s*(?:\([^)]*\)\s*)?(?:on|le|el|del|de)?\s*)?[,:]?\s*(?:\p{L}+,?\s*)?$/iu;
// "The list of speakers will close on 12 March", `La liste des orateurs sera close le …`;
// round 13b: also with a clock time between ("will close at 6 p.m. on Tuesday, 19 January",
// `se cerrará a las 18.00 horas del jueves`), whose dots end no sentence.
// Round 15c: a portal or module that "fermera le vendredi 30 avril" (`se clôturera`,
// `cerrará`) closes the window for requests as one that closes does.
const CLOSES =
  /(?<![\p{L}])(?:clos(?:e|es|ed|ing)|close le|(?:se\s+)?fermera|(?:se\s+)?clôturera|(?:se\s+)?cerrará|cierre)(?![\p{L}])[^.]{0,40}$/iu;

/** A sentence saying when the window for requests to speak closes ("the module … will close on …"). */
export function floorWindowCloses(text: string): boolean {
  return aboutTheFloor(text) && CLOSING.test(text);
}
// Round 33: "closing" naming a part of the meeting ("a closing plenary meeting after the list of
// speakers has been exhausted", "a closing segment once the list of speakers is exhausted", the
// General Assembly's usual modalities) says how the meeting ends, not when a list closes.
const CLOSING =
  /(?<![\p{L}])(?:clos(?:e|es|ed|ing(?!\s+(?:plenary|segment|session|meeting|ceremony|remarks|statements?)(?![\p{L}])))|(?:se\s+)?fermera|(?:se\s+)?clôturera|(?:se\s+)?cerrará|cierre)(?![\p{L}])/iu;
const CLOCK_DOTS = /\b([ap])\.m\.|\b(\d{1,2})\.(\d{2})\b/giu;

/** "6 p.m." → "6 pm", "18.00" → "18:00": a clock's dots are not a sentence's. */
function withoutClockDots(text: string): string {
  return text.replace(CLOCK_DOTS, (_whole, half?: string, hour?: string, minutes?: string) =>
    half ? `${half}m` : `${hour}:${minutes}`,
  );
}

// Round 25a: a list open from one day to another ("will be open from 1 to 15 February 2027",
// `sera ouverte du 3 au 14 mai`, `estará abierta del 3 al 14 de mayo`) closes on the last.
const OPEN_FROM = /(?<![\p{L}])(?:open(?:ed)?|ouverte?|abiert[oa])\s+(?:from|du|del?)\s*$/iu;
const RANGE_TO = /\s(?:to|until|au|al|a)\s+|\s*[–-]\s*/giu;

/** The last day of a window that opens on the date at `index` ("from 1 to 15 February 2027"). */
function windowEnd(text: string, start: { index: number; end: number }): string | null {
  const span = text.slice(start.index, start.end);
  const separator = [...span.matchAll(RANGE_TO)].at(-1);
  if (separator) {
    const last = findDates(span.slice(separator.index + separator[0].length))[0];
    if (last) return last.iso;
  }
  // The end as a date of its own: "from 2 March to 9 March 2027".
  const after = text.slice(start.end);
  const to = /^\s*(?:to|until|au|al|a)\s+/iu.exec(after);
  return to ? (findDates(after.slice(to[0].length))[0]?.iso ?? null) : null;
}

/** The deadline a sentence about getting the floor gives, a missing year from the meeting. */
export function floorDeadline(text: string, meetingDate: string | null): string | null {
  // Round t42d: a date by which to confirm that someone comes is the reply's, not the floor's.
  if (!aboutTheFloor(text) || confirmsAttendance(text)) return null;
  // Round w38bt: "Deadline to register to speak: …" (cues/floorDeadlineField.ts).
  const field = deadlineFieldDate(text);
  if (field) return withYear(field, meetingDate);
  const dates = findDates(text);
  const opening = dates.find(({ index }) =>
    OPEN_FROM.test(text.slice(Math.max(0, index - 30), index)),
  );
  const last = opening ? windowEnd(text, opening) : null;
  if (last) return withYear(last, meetingDate);
  const date = dates.find(({ index }) => {
    const before = text.slice(Math.max(0, index - 60), index);
    return BY.test(before) || CLOSES.test(withoutClockDots(before));
  });
  return date ? withYear(date.iso, meetingDate) : null;
}
