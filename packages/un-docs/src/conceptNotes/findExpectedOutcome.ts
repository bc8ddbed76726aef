import { isHeading } from '../text/splitBlocks.js';
import type { NoteSentence, NoteText } from './NoteText.js';

// The expected outcome, named the way the Council and the Assembly name their products.
// Failing that, a sentence that speaks of an outcome, or the opening sentence of an
// "Outcome" section, is returned as written.

const LOOKS_AHEAD =
  /\boutcome\b|\bis expected\b|\bare expected\b|\b(?:will|would|intends? to)\s+(?:be\s+)?(?:adopt|issue|circulat|prepar|propos|produc|shar)/i;
const PRODUCTS: readonly [RegExp, string][] = [
  [/\bno\s+(?:formal\s+|negotiated\s+|official\s+|written\s+)?outcome\b/i, 'no formal outcome'],
  [
    /\bpresidential statement\b|\bstatement (?:by|of) the President of the Security Council\b/i,
    'presidential statement',
  ],
  [/\bpress statement\b/i, 'press statement'],
  [/\bpress elements\b/i, 'press elements'],
  [/\bpolitical declaration\b/i, 'political declaration'],
  // "a resolution", not "conflict prevention and resolution" or "resolution 2417 (2018)".
  [/\b(?:a|the|draft)\s+(?:draft\s+)?resolution\b(?!\s+\d)/i, 'resolution'],
  [/\bjoint statement\b/i, 'joint statement'],
  [/\boutcome document\b/i, 'outcome document'],
  [/\b(?:Co-)?Chairs?\b.{0,80}\bsummary\b|\bsummary\b.{0,30}\bChair/i, "Chair's summary"],
  [
    /\b(?:President|presidency)\b.{0,80}\bsummary\b|\bsummary\b.{0,30}\bPresident/i,
    "President's summary",
  ],
];
const OUTCOME_HEADING = /^(?:(?:[IVXL]{1,5}|[A-Z])\.\s+)?(?:expected\s+)?outcomes?$/i;

/** Sentences under a heading: `mentions` for any heading naming an outcome. */
function sectionSentences(note: NoteText, heading: RegExp): NoteSentence[] {
  const inSection = new Set<number>();
  let open = false;
  for (const [index, block] of note.blocks.entries()) {
    if (isHeading(block)) open = heading.test(block);
    else if (open) inSection.add(index);
  }
  return note.sentences.filter((sentence) => inSection.has(sentence.block));
}

export function findExpectedOutcome(note: NoteText): string | null {
  const section = sectionSentences(note, /\boutcome/i);
  const candidates = note.sentences.filter(
    (sentence) =>
      section.includes(sentence) ||
      (LOOKS_AHEAD.test(sentence.text) && !isHeading(note.blocks[sentence.block] ?? '')),
  );
  for (const { text } of candidates) {
    const product = PRODUCTS.find(([pattern]) => pattern.test(text));
    if (product) return product[1];
  }
  const spoken = candidates.find(({ text }) => /\boutcome\b/i.test(text));
  return spoken?.text ?? sectionSentences(note, OUTCOME_HEADING)[0]?.text ?? null;
}
