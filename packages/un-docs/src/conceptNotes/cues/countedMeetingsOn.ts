import { candidate, type Cue } from './Candidate.js';
import { MEETINGS } from './firstOfMeetings.js';
import { subjectOf } from './subjectOf.js';
import { ANNOUNCES } from './themePlaced.js';

// Round t43b: a programme of work counts its meetings and gives their subjects in turn in the
// same sentence ("The Council will convene two ministerial meetings in May, the first on X and
// the second on Y", "The month's work would include two open debates, respectively, on X, and on
// Y", `deux débats publics, le premier sur X et le second sur Y`, `dos debates abiertos, el
// primero sobre X y el segundo sobre Y`), or names them in the plural, each with its day ("Open
// ministerial-level debates on the topic of X will be held on 16 July and open debates on Y will be
// held on 17 July"). By the convention on texts announcing several meetings the first is read:
// its subject runs to where the next is named. Read just above a sentence's subject (0.52, as
// firstOfMeetings.ts reads "…, one on X"), for a later sentence on one of the other meetings
// ("On 10 May the Council will hold its quarterly debate on Y") names no first one. Only when no
// sentence before announces a meeting of its own with its subject ("The Council would hold an
// open debate on X on 20 May …" / "Two meetings on Y …"): that one is the first.

const COUNT = String.raw`(?:two|three|four|several|deux|trois|quatre|plusieurs|dos|tres|cuatro|varios|varias)`;
const FIRST = String.raw`(?:the\s+first|le\s+premier|la\s+première|el\s+primero|la\s+primera)`;
const LINK = String.raw`(?:on|sur|sobre)`;
const COUNTED = new RegExp(
  String.raw`(?<![\p{L}])${COUNT}\s+(?:[\p{L}-]+\s+){0,2}?${MEETINGS.source}(?:\s+(?!(?:on|sur|sobre|in|en)\s)[\p{L}-]+)?(?:\s+(?:in|en)\s+\p{L}+)?\s*,?\s*(?:respectively\s*,\s*|${FIRST}\s+)?${LINK}\s+(.{4,400})$`,
  'iu',
);
// Plural meetings opening the sentence, their subject up to the verb that places them.
const PLURAL_OPENING = new RegExp(
  String.raw`^["“«]?(?:[\p{L}-]+\s+){0,2}?${MEETINGS.source}\s+${LINK}\s+(.{4,400}?)\s+(?:will|are\s+to|are\s+scheduled\s+to)\s+(?:be\s+held|take\s+place)(?![\p{L}])`,
  'iu',
);
// Where the next meeting is named: ", and on Y", " and the second on Y", `et le second sur Y`.
const NEXT_NAMED = new RegExp(
  String.raw`\s*,?\s+(?:and|et|y)\s+(?:(?:the|le|la|el)\s+(?:second|other|latter|seconde?|deuxième|autre|segund[oa]|otr[oa])\s+)?${LINK}\s[\s\S]*$`,
  'iu',
);
const TOPIC_OF =
  /^(?:the\s+(?:topic|theme)\s+of|le\s+thème\s+(?:de\s+la|de\s+l['’]|du|des|de)|el\s+tema\s+(?:del|de\s+la|de))\s+/iu;

function firstSubject(text: string): string | null {
  const sentence = text.trim().replace(/[.;]$/u, '');
  const words = COUNTED.exec(sentence)?.[1] ?? PLURAL_OPENING.exec(sentence)?.[1];
  if (!words) return null;
  const first = words.replace(NEXT_NAMED, '').replace(TOPIC_OF, '');
  return subjectOf(`meeting on ${first}`, false);
}

function announcesOne(text: string): boolean {
  const verb = ANNOUNCES.exec(text);
  return verb !== null && subjectOf(text.slice(verb.index), false) !== null;
}

export const countedMeetingsOn: Cue<string> = ({ sentences }) =>
  sentences.flatMap(({ text }, index) => {
    const subject = firstSubject(text);
    if (subject && sentences.slice(0, index).some((before) => announcesOne(before.text))) return [];
    return subject ? [candidate(subject, 0.52, text, 'countedMeetingsOn')] : [];
  });
