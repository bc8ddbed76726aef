import type { LabeledItem } from './ConceptNote.js';
import { findListSections } from './findListSections.js';
import { findInlineQuestions, findQuestionRun } from './findQuestionRun.js';

/**
 * The discussion points, surest reading first: the lists under a points heading or lead-in;
 * else a run of questions one per line; else questions labelled inline in one paragraph.
 * `sectioned` says whether a heading or lead-in introduced them.
 */
export function findDiscussionPoints(blocks: readonly string[]): {
  items: LabeledItem[];
  sectioned: boolean;
} {
  const sectioned = findListSections(blocks, 'points');
  if (sectioned.length > 0) return { items: sectioned, sectioned: true };
  const run = findQuestionRun(blocks);
  return { items: run.length > 0 ? run : findInlineQuestions(blocks), sectioned: false };
}
