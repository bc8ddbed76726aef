import type { Candidate } from './Candidate.js';
import { ANNOUNCES } from './themePlaced.js';

// Round t42b: a text announcing several meetings may number them ("1) Open-ended informal
// consultations on X will be held on …", "2) A meeting with NGOs on “Y” will be held …", `a)
// … se tiendra …`, `b) …`). By the convention on texts announcing several meetings, the note is
// read for the first it announces in full: a subject read from a later numbered item that
// announces its own meeting goes below the first item's, however surely the later one is
// worded (a quotation). Only when the first item gives a subject of its own. A label the layout
// set apart as a sentence ("1." before "Una reunión sobre …") counts as the item's.

const FIRST_LABEL = String.raw`(?:1[.)]|\(1\)|\(?a\)|\(i\)|i\))`;
const LATER_LABEL = String.raw`(?:[2-9][.)]|\([2-9]\)|\(?[b-h]\)|\((?:ii|iii|iv|v)\)|(?:ii|iii|iv|v)\))`;
const FIRST_ITEM = new RegExp(String.raw`^\s*${FIRST_LABEL}(?:\s|$)`, 'u');
const LATER_ITEM = new RegExp(String.raw`^\s*${LATER_LABEL}(?:\s|$)`, 'u');
const LABEL_ALONE = new RegExp(String.raw`^\s*(?:${FIRST_LABEL}|${LATER_LABEL})\s*$`, 'u');

// Each item introduces a meeting of its own: an indefinite article or a bare noun phrase before
// the meeting's word ("A meeting with NGOs on …", "Open-ended informal consultations on …", `Une
// réunion sur …`), not "The high-level meeting will be held …" nor "In its resolution …, the
// Assembly decided to hold …", the numbered paragraphs of a note on one meeting.
const MEETING_WORDS = String.raw`(?:consultations?|meetings?|briefings?|dialogues?|debates?|discussions?|panels?|hearings?|sessions?|events?|réunions?(?:-débats?)?|débats?|séances?|tables?\s+rondes?|reuni[óo]n(?:es)?|di[áa]logos?|sesi[óo]n(?:es)?|mesas?\s+redondas?)`;
const INTRODUCES = new RegExp(
  String.raw`^\s*\S+\s+(?!(?:the|this|these|that|le|la|les|l['’]|ce|cette|el|los|las|este|esta|in|en|at|à)\s)(?:(?:an?|une?|una?)\s+)?(?:[\p{L}-]+\s+){0,3}?${MEETING_WORDS}(?![\p{L}])`,
  'iu',
);

/** A sentence with the label of its item, when the layout split a label ("1.") off before it. */
function labelled(source: string, sentences: readonly { text: string }[]): string {
  const at = sentences.findIndex(({ text }) => text === source);
  const before = at > 0 ? sentences[at - 1]?.text : undefined;
  return before && LABEL_ALONE.test(before) ? `${before.trim()} ${source}` : source;
}

/** `candidates`, a later numbered meeting's subject put below the first numbered meeting's. */
export function firstNumberedMeeting(
  candidates: readonly Candidate<string>[],
  sentences: readonly { text: string }[],
): Candidate<string>[] {
  const item = (source: string): string => labelled(source, sentences);
  const first = candidates
    .filter(
      ({ source }) =>
        FIRST_ITEM.test(item(source)) && INTRODUCES.test(item(source)) && ANNOUNCES.test(source),
    )
    .sort((a, b) => b.confidence - a.confidence)[0];
  if (!first) return [...candidates];
  return candidates.map((other) =>
    LATER_ITEM.test(item(other.source)) &&
    INTRODUCES.test(item(other.source)) &&
    ANNOUNCES.test(other.source) &&
    other.confidence >= first.confidence
      ? { ...other, confidence: first.confidence - 0.01 }
      : other,
  );
}
