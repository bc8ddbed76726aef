import { findDates, withYear } from '../dates/findDates.js';
import type { Submission } from './ConceptNote.js';
import type { NoteSentence, NoteText } from './NoteText.js';

// Where and by when written statements go. Only an address given for statements counts:
// a contact for the list of speakers is not a submission address.

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/i;
// Words about a delegation's text and about sending it, in the UN languages: a statement, an
// intervention, a contribution, remarks; to send, submit, e-mail, share, forward.
const SUBMIT =
  /\b(?:submi|statements?\b|interventions?\b|contributions?\b|remarks\b|sen[dt]\b|e-?mail(?:ed)?\s+(?:the|their|your|a|its)\b|share|transmi|forward|written|déclarations?|adress|envoy|declaraciones|intervenciones|contribuciones|compartir|por escrito|par écrit|envi|remit|выступлени|заявлени)/iu;
// An address for the list of speakers is not one for statements, unless the sentence also
// asks for the text to be sent.
const SPEAKERS_LIST =
  /\b(?:list of speakers|speakers['’]? list|inscri|regist|liste des orateurs|lista de oradores)/iu;
const HONORIFIC = /\b(?:Mr|Ms|Mrs|Mme|Sr|Sra|Dr|H\.\s?E|S\.\s?E|Amb)\.\s/gu;
const SENDING = /\b(?:submi|sen[dt]\b|transmi|forward|envoy|envi|remit|share|compartir)/iu;
const DEADLINE =
  /\b(?:submi|deadline|no later than|(?:statements?|interventions?|contributions?)\b.*\bby\b|sen[dt]\b.*\bby\b|au plus tard|avant le|jusqu['’]au|a más tardar|antes del|hasta el)/iu;
const MEETING_DAY =
  /\b(?:no later than|by|before|on|prior to)\s+the\s+(?:(?:day|date|start)\s+of\s+the\s+)?meeting\b/i;

function deadlineIn(sentence: string, meetingDate: string | null): string | null {
  const dated = findDates(sentence)[0];
  if (dated) return withYear(dated.iso, meetingDate);
  return MEETING_DAY.test(sentence) ? meetingDate : null;
}

// Statements uploaded to a portal ("the e-Statements portal", "el portal", "le portail")
// have no address, but their deadline is the note's.
const PORTAL =
  /\be-?statements\b|\bportal\b|\bportail\b|\bupload|\btélécharg|\bcargar(?:se|las)?\b|\bsubir\b/iu;

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
  if (SPEAKERS_LIST.test(sentence.text) && !SENDING.test(sentence.text)) return false;
  if (SUBMIT.test(sentence.text)) return true;
  // A contact line: short, with no sentence of its own around the address.
  // (A title such as "Ms." or "H.E." is not a sentence's end.)
  const line = sentence.text.replace(EMAIL, '').replace(HONORIFIC, '');
  if (sentence.text.length > 120 || /[.;]\s/u.test(line)) return false;
  // The contact block's purpose is in the sentences around it: one about sending statements
  // (or their deadline) just above or below it ("send the text of their statements … to:" /
  // "Ms. Anna Keller" / "x@mission.ch"; "Contact" / "Ms. …, x@mission.org" / "Statements
  // should reach us by 12 March.").
  const sending = ({ text }: NoteSentence): boolean =>
    SUBMIT.test(text) &&
    !SPEAKERS_LIST.test(text) &&
    (SENDING.test(text) || findDates(text).length > 0);
  const near = ({ block }: NoteSentence): boolean => Math.abs(block - sentence.block) <= 3;
  const before = sentences.slice(Math.max(0, at - 4), at).filter(near);
  const after = sentences.slice(at + 1, at + 3).filter(near);
  return before.some(sending) || after.some(sending);
}

export function findSubmission({ sentences }: NoteText, meetingDate: string | null): Submission {
  const at = sentences.findIndex((_, index) => forStatements(sentences, index));
  if (at < 0) {
    const portal = sentences.find(({ text }) => PORTAL.test(text) && SUBMIT.test(text));
    const deadline =
      portal && DEADLINE.test(portal.text) ? deadlineIn(portal.text, meetingDate) : null;
    return { email: null, deadline };
  }
  const email = EMAIL.exec(sentences[at]?.text ?? '')?.[0].replace(/\.$/, '') ?? null;
  // The deadline is the date nearest the address in a sentence about sending or a deadline:
  // usually the same sentence or the one after it, in a contact block the lead-in above it.
  const nearby = around(sentences, at, 4).concat(sentences);
  for (const { text } of nearby) {
    const deadline =
      DEADLINE.test(text) || text === sentences[at]?.text ? deadlineIn(text, meetingDate) : null;
    if (deadline) return { email, deadline };
  }
  return { email, deadline: null };
}
