import { parseLabel } from '../text/parseLabel.js';
import { isHeading } from '../text/splitBlocks.js';
import { isAnswerLimit } from './cues/formAnswerLimit.js';
import { namesSpeakers } from './cues/speakersNamed.js';
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
  // Round w38at: speakers listed under a programme slot's points words are none (speakersNamed.ts).
  if (sectioned.length > 0 && !namesSpeakers(sectioned))
    return { items: sectioned, sectioned: true };
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

/**
 * A list under any heading ("Framing the conversation") whose items are mostly questions. Round
 * 32a: a meeting in parts puts its questions under each part's heading ("Panel 1: …" / (a), (b) /
 * "Panel 2: …" / (c), (d)): the lists under the headings that follow it at once, each mostly
 * questions, go on with it, numbered on when each starts again at 1.
 */
function questionsUnderHeading(blocks: readonly string[]): LabeledItem[] {
  for (let index = 0; index < blocks.length; index += 1) {
    if (!isHeading(blocks[index] ?? '')) continue;
    const first = readListItems(blocks, index + 1, true);
    if (!mostlyQuestions(first.items)) continue;
    const items = [...first.items];
    let end = first.end;
    while (isHeading(blocks[end] ?? '')) {
      const next = readListItems(blocks, end + 1, true);
      if (next.items.length === 0 || !mostlyQuestions(next.items)) break;
      // Round w36at (the convention "a label is the note's own, as printed"): numbers the note
      // prints again from "1." under each heading stay as printed, repeats told apart after
      // (uniqueLabels.ts, "1-2"); only the positions of bare questions and bullets number on.
      items.push(
        ...(printsNumbers(blocks[end + 1] ?? '') ? next.items : numberedOn(items, next.items)),
      );
      end = next.end;
    }
    return items;
  }
  return [];
}

/** Whether the list opening with `block` prints its numbers ("1. What …?"). */
function printsNumbers(block: string): boolean {
  return parseLabel(block)?.kind === 'number';
}

/** A list's items after `before`, its numbers going on from there when it starts again at 1. */
function numberedOn(before: readonly LabeledItem[], list: readonly LabeledItem[]): LabeledItem[] {
  if (list[0]?.label !== '1' || !before.every(({ label }) => /^\d+$/u.test(label)))
    return [...list];
  return list.map((item) =>
    /^\d+$/u.test(item.label)
      ? { ...item, label: String(Number(item.label) + before.length) }
      : item,
  );
}
