import type { LabeledItem } from './ConceptNote.js';
import { cleanItemText } from './readListItems.js';
import { parseLabel } from '../text/parseLabel.js';

// A list written inline in one paragraph, each item after its own label: "The objectives of
// the open debate are: (a) to take stock …; (b) to identify …; and (c) to consider …",
// "a pour objectifs : a) de recenser … ; b) d'échanger …", "(i) What …? (ii) How …?".
// Returns the text before the first label (the lead-in) and the items, labels as printed
// ("(a)", "a)", "(i)", "1)").

// Round 29: a flattened page may glue a bracketed label to its item's capital
// ("includes:(a)Member States …;(b)Ways to …").
const INLINE_LABEL =
  /(?:^|(?<=[\s:;?.]))(?:\(?([ivx]{1,4}|[a-z]|\d{1,2})\)\s+|\(([ivx]{1,4}|[a-z]|\d{1,2})\)(?=\p{Lu}))/gu;
const ROMANS = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];

export interface InlineList {
  leadIn: string;
  items: LabeledItem[];
}

/** The position a label takes in its own sequence (roman, letter or number), 0-based. */
function position(value: string, roman: boolean): number {
  if (/^\d+$/.test(value)) return Number(value) - 1;
  if (roman) return ROMANS.indexOf(value);
  return value.charCodeAt(0) - 'a'.charCodeAt(0);
}

function itemText(text: string, last: boolean): string {
  let item = text.trim();
  // The last item may run on into the paragraph's next sentence.
  if (last) item = item.replace(/(?<=[?？؟.])\s+\p{Lu}.*$/su, '');
  return cleanItemText(item);
}

/**
 * Questions written one after another, without labels, after a lead-in that ends with a
 * colon: "… address the following questions: What …? How …? Which …?". Each question starts
 * a sentence; a sentence after the run ends it. They are numbered by position, unless each
 * carries its own number (round 32: "Q1. Which …? Q2. What …?", as a form's cell runs them on).
 * `least`
 * questions make a run: one is enough when the caller has checked that the lead-in
 * introduces points ("… invited to address the following question: How …?").
 */
export function unlabelledQuestions(block: string, least = 2): InlineList | null {
  const firstQuestion = block.search(/[?？؟]/u);
  const colon = firstQuestion < 0 ? -1 : block.lastIndexOf(':', firstQuestion);
  if (colon < 0) return null;
  const run: string[] = [];
  for (const sentence of block
    .slice(colon + 1)
    .trim()
    .split(/(?<=[?？؟])\s+/u)) {
    if (!/^[¿\p{Lu}]/u.test(sentence) || !/[?？؟]$/u.test(sentence)) break;
    run.push(sentence);
  }
  if (run.length < least) return null;
  const named = run.map((text) => parseLabel(text));
  const numbered = named.every(
    (label, index) => label?.kind === 'number' && label.value === String(index + 1),
  );
  return {
    leadIn: block.slice(0, colon + 1).trim(),
    items: run.map((text, index) => {
      const label = numbered ? named[index] : null;
      return label
        ? { label: label.printed, text: cleanItemText(label.rest) }
        : { label: String(index + 1), text: cleanItemText(text) };
    }),
  };
}

export function readInlineList(block: string): InlineList | null {
  const labels = [...block.matchAll(INLINE_LABEL)];
  if (labels.length < 2) return unlabelledQuestions(block);
  const values = labels.map((match) => match[1] ?? match[2] ?? '');
  // "(i)" then "(ii)" is a roman list; "(h)" then "(i)" a lettered one.
  const roman = values[0] === 'i' && values[1] === 'ii';
  if (!values.every((value, index) => position(value, roman) === index)) return null;
  const items = labels.map((match, index) => {
    const start = match.index + match[0].length;
    const end = labels[index + 1]?.index ?? block.length;
    return {
      label: match[0].trim(),
      text: itemText(block.slice(start, end), index === labels.length - 1),
    };
  });
  if (items.some((item) => item.text.length < 3)) return null;
  return { leadIn: block.slice(0, labels[0]?.index ?? 0).trim(), items };
}

/** Two or more items, most of them questions. */
export function mostlyQuestions(items: readonly LabeledItem[]): boolean {
  const questions = items.filter((item) => /[?？؟]$/.test(item.text)).length;
  return questions >= 2 && questions * 2 > items.length;
}
