import type { LabeledItem } from './ConceptNote.js';
import { cleanItemText } from './readListItems.js';

// Questions numbered inline after their lead-in, as a letter flattened to one line prints
// them: "… the following questions for your consideration ahead of the meeting: 1. How can
// we …? 2. What …?". The numbers run from 1 right after the colon, and each item is a
// question, so a date or a paragraph number in the text is never read as one; one question
// is a list when its lead-in introduces points (the caller checks that). Labels as printed:
// "1." gives "1".

const FIRST = /:\s+(?=1\.\s+[¿\p{Lu}])/u;
const ITEM = /^(\d{1,2})\.\s+([¿\p{Lu}][^?？؟]{2,400}[?？؟])\s*/u;

export interface NumberedQuestions {
  leadIn: string;
  items: LabeledItem[];
}

export function readNumberedQuestions(block: string): NumberedQuestions | null {
  const colon = FIRST.exec(block);
  if (!colon) return null;
  const items: LabeledItem[] = [];
  let rest = block.slice(colon.index + colon[0].length);
  for (let item = ITEM.exec(rest); item; item = ITEM.exec(rest)) {
    if (Number(item[1]) !== items.length + 1) break;
    items.push({ label: item[1] ?? '', text: cleanItemText(item[2] ?? '') });
    rest = rest.slice(item[0].length);
  }
  return items.length > 0 ? { leadIn: block.slice(0, colon.index + 1).trim(), items } : null;
}
