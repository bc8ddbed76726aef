import { isHeading } from '../text/splitBlocks.js';
import { isAnswerLimit } from './cues/formAnswerLimit.js';
import type { LabeledItem } from './ConceptNote.js';
import { findInlineList, findListSections } from './findListSections.js';
import { findQuestionRun } from './findQuestionRun.js';
import { mostlyQuestions, readInlineList } from './readInlineList.js';
import { readListItems } from './readListItems.js';

/**
 * The discussion points, surest reading first: the lists under a points heading or lead-in;
 * else a list written inline after such a lead-in; else a list under any heading that is
 * mostly questions; else a run of questions one per line; else questions labelled inline in
 * one paragraph. `sectioned` says whether a heading or lead-in introduced them.
 */
export function findDiscussionPoints(noteBlocks: readonly string[]): {
  items: LabeledItem[];
  sectioned: boolean;
} {
  // A form's answer limit under each question ("Maximum: 500 characters") is read as absent.
  const blocks = noteBlocks.filter((block) => !isAnswerLimit(block));
  const sectioned = findListSections(blocks, 'points');
  if (sectioned.length > 0) return { items: sectioned, sectioned: true };
  const inline = findInlineList(blocks, 'points');
  if (inline.length > 0) return { items: inline, sectioned: true };
  const underHeading = questionsUnderHeading(blocks);
  if (underHeading.length > 0) return { items: underHeading, sectioned: false };
  const run = findQuestionRun(blocks);
  if (run.length > 0) return { items: run, sectioned: false };
  const inlineQuestions = blocks
    .map((block) => readInlineList(block)?.items ?? [])
    .find((items) => mostlyQuestions(items));
  return { items: inlineQuestions ?? [], sectioned: false };
}

/** A list under any heading ("Framing the conversation") whose items are mostly questions. */
function questionsUnderHeading(blocks: readonly string[]): LabeledItem[] {
  for (let index = 0; index < blocks.length; index += 1) {
    if (!isHeading(blocks[index] ?? '')) continue;
    const { items } = readListItems(blocks, index + 1, true);
    if (mostlyQuestions(items)) return items;
  }
  return [];
}
