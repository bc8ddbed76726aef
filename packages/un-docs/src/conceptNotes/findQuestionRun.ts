import { parseLabel } from '../text/parseLabel.js';
import type { LabeledItem } from './ConceptNote.js';

// Texts that reproduce a note's questions without its headings (a mission's web page, a
// news item) still list them one after another. Two or more consecutive questions are
// taken as the points, numbered by position unless they carry labels of their own.

const MAX_QUESTION = 400;

function question(block: string): LabeledItem | null {
  if (!/[?？]$/.test(block) || block.length > MAX_QUESTION) return null;
  const label = parseLabel(block);
  const text = label ? label.rest.trim() : block;
  // A letter or roman numeral standing alone is written "(a)", as in the note's lists.
  const value =
    label?.kind === 'letter' || label?.kind === 'roman' ? `(${label.value})` : label?.value;
  return { label: label && label.kind !== 'bullet' ? (value ?? '') : '', text };
}

export function findQuestionRun(blocks: readonly string[]): LabeledItem[] {
  let run: LabeledItem[] = [];
  for (const block of blocks) {
    const item = question(block);
    if (item) {
      run.push(item);
      continue;
    }
    if (run.length >= 2) break;
    run = [];
  }
  if (run.length < 2) return [];
  return run.map((item, index) => ({ label: item.label || String(index + 1), text: item.text }));
}

// Questions written inline in one paragraph, each after its own label: "Member States are
// invited to address the following questions: (i) What …? (ii) How …? (iii) What …?".
const INLINE_LABEL = /(?:^|(?<=[\s:;?.]))\(([ivx]{1,4}|[a-z]|\d{1,2})\)\s+/gu;
const ROMANS = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];

/** The position a label takes in its own sequence (roman, letter or number), 0-based. */
function position(value: string, roman: boolean): number {
  if (/^\d+$/.test(value)) return Number(value) - 1;
  if (roman) return ROMANS.indexOf(value);
  return value.charCodeAt(0) - 'a'.charCodeAt(0);
}

function inlineQuestions(block: string): LabeledItem[] {
  const labels = [...block.matchAll(INLINE_LABEL)];
  if (labels.length < 2) return [];
  const values = labels.map((match) => match[1] ?? '');
  // "(i)" then "(ii)" is a roman list; "(h)" then "(i)" a lettered one.
  const roman = values[0] === 'i' && values[1] === 'ii';
  if (!values.every((value, index) => position(value, roman) === index)) return [];
  const items = labels.map((match, index) => {
    const start = match.index + match[0].length;
    const end = labels[index + 1]?.index ?? block.length;
    const text = block
      .slice(start, end)
      .trim()
      .replace(/\s*[;,]\s*(?:and|or|et|ou|y|o)?$/iu, '');
    const value = values[index] ?? '';
    return { label: /^\d+$/.test(value) ? value : `(${value})`, text };
  });
  // The last question may run on into the paragraph's next sentence.
  const last = items[items.length - 1];
  if (last) last.text = last.text.replace(/(?<=[?？])\s+\p{Lu}.*$/su, '');
  const questions = items.filter((item) => /[?？]$/.test(item.text)).length;
  return questions * 2 > items.length && questions >= 2 ? items : [];
}

/** The first paragraph that holds two or more labelled questions inline. */
export function findInlineQuestions(blocks: readonly string[]): LabeledItem[] {
  for (const block of blocks) {
    const items = inlineQuestions(block);
    if (items.length > 0) return items;
  }
  return [];
}
