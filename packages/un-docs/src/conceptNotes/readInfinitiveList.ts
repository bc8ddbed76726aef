import type { LabeledItem } from './ConceptNote.js';
import { cleanItemText } from './readListItems.js';

// Objectives written as a run of infinitives whose list marks were lost, as a page flattened
// to one line prints them: "The panel discussion aims: To exchange …; To identify …; and To
// promote …", "Focus and objectives To promote … To discuss … Procedures. To this end, …".
// An infinitive with its capital "To" in the middle of a sentence starts an item; the run
// goes on across a full stop only to another such infinitive, and ends at the first sentence
// that is not one ("To this end", "To date"). Items are numbered by position, as bullets are.
// Only a lead-in naming objectives ("aims", "objectives", "purpose", "goals") opens a run:
// infinitives are the shape objectives take, never that of questions.

const LEAD_IN = /\b(?:objectives?|aims?|purposes?|goals?|seeks?)\s*:?\s*$/iu;
// "To" followed by a word that is no verb: a phrase, not an objective.
export const NOT_A_VERB =
  /^To\s+(?:this|that|these|those|the|a|an|date|some|which|what|whom|its|their|our|his|her|my|your|all|each|every|be\s+sure|conclude|sum\s+up)\b/u;
const ITEM_START = /(?<=^|[\s;:,])(?:and\s+|or\s+)?(?=To\s+\p{Ll})/gu;

export interface InfinitiveList {
  leadIn: string;
  items: LabeledItem[];
}

function sentenceStartBefore(text: string, at: number): number {
  const before = text.slice(0, at);
  const end = Math.max(before.lastIndexOf('. '), before.lastIndexOf('? '));
  return end < 0 ? 0 : end + 2;
}

export function readInfinitiveList(block: string): InfinitiveList | null {
  // "and To" matches twice, before "and" and before "To": one start.
  const starts = [
    ...new Set([...block.matchAll(ITEM_START)].map((match) => match.index + match[0].length)),
  ].filter((at) => !NOT_A_VERB.test(block.slice(at)));
  for (const [index, first] of starts.entries()) {
    const leadIn = block.slice(sentenceStartBefore(block, first), first).trim();
    if (!LEAD_IN.test(leadIn)) continue;
    const items = runFrom(block, starts.slice(index));
    if (items.length < 2 || items.some((item) => item.length < 10)) continue;
    return { leadIn, items: items.map((text, at) => ({ label: String(at + 1), text })) };
  }
  return null;
}

/** The items from the first start on, until a sentence that is no item ends the run. */
function runFrom(block: string, starts: readonly number[]): string[] {
  const items: string[] = [];
  for (const [index, at] of starts.entries()) {
    const next = starts[index + 1];
    const text = block.slice(at, next ?? block.length).trim();
    // A sentence ended inside the item and another, not an item, followed: the run ends.
    const ended = next === undefined || /[.?]\s+\S/u.test(text);
    items.push(cleanItem(ended ? lastItem(text) : text));
    if (ended) break;
  }
  return items;
}

function cleanItem(text: string): string {
  return cleanItemText(text.replace(/[;,.]?\s*(?:(?:and|or)\s*)?$/u, '').replace(/[;,]$/u, ''));
}

/** The last item ends with its sentence. */
function lastItem(text: string): string {
  const end = /[.?](?=\s|$)/u.exec(text);
  return end ? text.slice(0, end.index) : text;
}
