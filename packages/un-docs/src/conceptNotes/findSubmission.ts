import { findDates } from '../dates/findDates.js';
import { splitSentences } from '../text/splitSentences.js';
import type { Submission } from './ConceptNote.js';
import { aboutAttending, aboutTheFloor, floorDeadline } from './cues/speakersList.js';
import {
  invitesPublicViews,
  organizationsSendViews,
  sendsPublicInput,
} from './cues/publicViews.js';
import { deadlineIn } from './findDeadline.js';
import { givesEnquiryAddress } from './cues/enquiryAddress.js';
import { floorDeadlineBeside } from './cues/floorDeadlineBeside.js';
import { mailHeader } from './mailHeader.js';
import type { NoteSentence, NoteText } from './NoteText.js';

// How and by when a delegation gets its words in: where and by when written statements go;
// failing either, where and by when it inscribes on the list of speakers (cues/speakersList.ts).

// Round w36ct: a PDF extraction may break an address at its "@" (`(kerimova@` / `un.org)`): the
// line's end, a space once lines are joined, stands between, and the address is read whole.
const EMAIL = /[\w.+-]+@(?:\s(?=[\w-]+\.[a-z]))?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/i;
// Words about a delegation's text and about sending it, in the UN languages: a statement, an
// intervention, a contribution, remarks; to send, submit, e-mail, share, forward. Round w36at:
// `adresser` (to send), not the noun `adresse` ("confirmer leur participation … à l'adresse x@…").
// Round zh: and the Chinese `发言`, `书面`, `提交`, `发送`.
const SUBMIT =
  /\b(?:submi|statements?\b|interventions?\b|contributions?\b|remarks\b|sen[dt]\b|e-?mail(?:ed)?\s+(?:the|their|your|a|its)\b|share|transmi|forward|written|déclarations?|adress(?!es?\b)|envoy|declaraciones|intervenciones|contribuciones|compartir|por escrito|par écrit|envi|remit|выступлени|заявлени)|发言|书面|提交|发送/iu;
// An address for the list of speakers is not one for statements, unless the sentence also
// asks for the text to be sent.
const SPEAKERS_LIST =
  /\b(?:list of speakers|speakers['’]? list|inscri|regist|liste des orateurs|lista de oradores)/iu;
const HONORIFIC = /\b(?:Mr|Ms|Mrs|M|Mme|Sr|Sra|Dr|H\.\s?E|S\.\s?E|Amb)\.\s/gu;
const SENDING = /\b(?:submi|sen[dt]\b|transmi|forward|envoy|envi|remit|share|compartir)/iu;
// "by the day of the meeting", not "on the meeting's web page".
const MEETING_DAY =
  /\b(?:no later than|by|before|on|prior to)\s+the\s+(?:(?:day|date|start)\s+of\s+the\s+)?meeting\b(?!['’]s)/i;

// Round t42d: a recorded video sent "prior to the meeting" by those who speak from afar ("will be
// asked to submit a pre-recorded video of up to 2 minutes prior to the meeting", `une vidéo
// préenregistrée`, `un video pregrabado`) is how they are heard, not a written statement: the
// meeting's day is no deadline for one.
const RECORDED =
  /(?<![\p{L}])(?:pre-?recorded|video(?:-|\s+)?(?:message|statement)s?|videos?|vidéos?|préenregistrée?s?|vídeos?|pregrabad[oa]s?)(?![\p{L}])/iu;

/** A deadline by structure, or "by the day of the meeting", which is the meeting date. */
function deadlineOf(sentence: string, meetingDate: string | null): string | null {
  const stated = deadlineIn(sentence, meetingDate);
  if (stated) return stated;
  return MEETING_DAY.test(sentence) && SUBMIT.test(sentence) && !RECORDED.test(sentence)
    ? meetingDate
    : null;
}

/** The sentences around the one at `at`, nearest first: at, at-1, at+1, at-2, at+2. */
function around<T>(items: readonly T[], at: number, reach: number): T[] {
  const order: T[] = [];
  for (let step = 0; step <= reach; step += 1) {
    for (const index of step === 0 ? [at] : [at - step, at + step]) {
      const item = items[index];
      if (item !== undefined) order.push(item);
    }
  }
  return order;
}

/**
 * An address is for statements when its sentence says so, or when it stands on a line of
 * its own (a contact block: name, mission, address, which reflowing may join into one line)
 * beside a sentence that does.
 */
function forStatements(sentences: readonly NoteSentence[], at: number): boolean {
  const sentence = sentences[at];
  if (!sentence || !EMAIL.test(sentence.text)) return false;
  // An address to ask for the floor is the floor's, unless the sentence asks for the text.
  const floor = SPEAKERS_LIST.test(sentence.text) || aboutTheFloor(sentence.text);
  if (floor && !SENDING.test(sentence.text)) return false;
  // Round 14: an address to register to attend is no one's for statements ("RSVP: x@…" under
  // a paragraph on statements), unless its line names them ("Participants' statements: x@…").
  if (aboutAttending(sentence.text) && !SUBMIT.test(sentence.text)) return false;
  // Round t42d: nor is an address for enquiries (cues/enquiryAddress.ts).
  if (givesEnquiryAddress(sentence.text)) return false;
  if (SUBMIT.test(sentence.text)) return true;
  // A contact line: short, with no sentence of its own around the address.
  // (A title such as "Ms." or "H.E." is not a sentence's end.)
  const line = sentence.text.replace(EMAIL, '').replace(HONORIFIC, '');
  if (sentence.text.length > 120 || /[.;]\s/u.test(line)) return false;
  // The contact block's purpose is in the sentences around it: one about sending statements
  // (or their deadline) just above or below it ("send the text of their statements … to:" /
  // "Ms. Anna Keller" / "x@mission.ch"; "Contact" / "Ms. …, x@mission.org" / "Statements
  // should reach us by 12 March.").
  // A short heading naming the text ("Written inputs", "Statements") says so too.
  const sending = ({ text }: NoteSentence): boolean =>
    SUBMIT.test(text) &&
    !SPEAKERS_LIST.test(text) &&
    (SENDING.test(text) ||
      findDates(text).length > 0 ||
      (text.length < 40 && !/[.:;]/u.test(text)));
  const near = ({ block }: NoteSentence): boolean => Math.abs(block - sentence.block) <= 3;
  const before = sentences.slice(Math.max(0, at - 4), at).filter(near);
  const after = sentences.slice(at + 1, at + 3).filter(near);
  return before.some(sending) || after.some(sending);
}

/**
 * The address for statements, and their deadline: the deadline nearest the address (its
 * sentence, the ones around it, a contact block's lead-in), else any the note gives, a
 * footnote's included, with or without an address ("Written statements will be accepted
 * until COB Friday, 3 December 2027").
 */
export function findSubmission(
  { blocks, sentences: body }: NoteText,
  meetingDate: string | null,
  footnotes: readonly string[] = [],
): Submission {
  // Round 13b: an e-mail header's "From:" address is the sender's, and its "Sent:" no sending
  // of statements.
  const header = mailHeader(blocks);
  const publicViews = invitesPublicViews(body);
  const sentences = body
    .filter(({ block }) => !header.has(block))
    .filter(({ text }) => !publicViews || !sendsPublicInput(text))
    .filter(({ text }) => !organizationsSendViews(text))
    .concat(
      footnotes.flatMap((note, index) =>
        splitSentences(note).map((text) => ({ text, block: blocks.length + 4 * index })),
      ),
    );
  const statements = forWrittenStatements(sentences, meetingDate);
  // Failing an address or a deadline for written statements, the floor's: where and by when
  // a delegation inscribes on the list of speakers (the 2026-12-05 convention).
  const floor = sentences.filter(({ text }) => aboutTheFloor(text));
  const floorEmail =
    floor.map(({ text }) => EMAIL.exec(text)?.[0].replace(/\.$|\s/g, '')).find((email) => email) ??
    null;
  const floorDate =
    floor.map(({ text }) => floorDeadline(text, meetingDate)).find((date) => date) ??
    // Round t43d: or a deadline named on its own beside them (cues/floorDeadlineBeside.ts).
    floorDeadlineBeside(sentences, meetingDate);
  return {
    email: statements.email ?? floorEmail,
    deadline: statements.deadline ?? floorDate,
  };
}

/** The address for written statements and their deadline, each null when the note gives none. */
function forWrittenStatements(
  sentences: readonly NoteSentence[],
  meetingDate: string | null,
): Submission {
  const at = sentences.findIndex((_, index) => forStatements(sentences, index));
  const anywhere = (): string | null =>
    sentences.map(({ text }) => deadlineOf(text, meetingDate)).find((date) => date) ?? null;
  if (at < 0) return { email: null, deadline: anywhere() };
  const email = EMAIL.exec(sentences[at]?.text ?? '')?.[0].replace(/\.$|\s/g, '') ?? null;
  for (const { text } of around(sentences, at, 4)) {
    const deadline = deadlineOf(text, meetingDate);
    if (deadline) return { email, deadline };
  }
  return { email, deadline: anywhere() };
}
