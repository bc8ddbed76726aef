import { parseLabel } from '../text/parseLabel.js';
import type { LabeledItem } from './ConceptNote.js';

// Texts that reproduce a note's questions without its headings (a mission's web page, a
// news item) still list them one after another. Two or more consecutive questions are
// taken as the points, numbered by position unless they carry labels of their own.

const MAX_QUESTION = 400;

function question(block: string): LabeledItem | null {
  if (!/[?？؟]$/.test(block) || block.length > MAX_QUESTION) return null;
  const label = parseLabel(block);
  const text = label ? label.rest.trim() : block;
  // A label as printed ("a)", "Q1"); a bullet prints none.
  return { label: label && label.kind !== 'bullet' ? label.printed : '', text };
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
