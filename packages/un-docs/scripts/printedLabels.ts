// One-off help for the 2026-12-05 label convention (#18): for each corpus expectation, finds
// the mark the note prints before each expected item and proposes the label as printed
// (`node --import tsx packages/un-docs/scripts/printedLabels.ts [--write]`). It prints every
// change so that a person checks it against the note; bullets keep their positions.
import { writeFileSync } from 'node:fs';
import { CORPUS_DIR, corpusNotes } from '../src/fixtures/corpus.js';
import { readDocument } from '../src/readers/readDocument.js';

interface Item {
  label: string;
  text: string;
}

const MARK =
  /(?:^|[\s:;?.])((?:\(\d{1,3}\)|\d{1,3}[.)]|\([a-z]{1,2}\)|\([ivxlc]{1,6}\)|[a-z]{1,2}[.)]|[ivxlc]{1,6}[.)]|q\d{1,2}[.:)]?|question\s*\d{1,2}\s*[:.)]?|questions?\s*\d{1,2}\s*[–-]|pregunta\s*\d{1,2}\s*[:.)–-]?|cuesti[oó]n\s*\d{1,2}\s*[:.)–-]?))[\s*_]*$/iu;

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

const flat = (text: string) => text.replace(/[*_`]/g, '').replace(/\s+/g, ' ');

/** The mark printed before `item` in `text`, if the item's opening words are found. */
function markBefore(text: string, item: string): string | null {
  const opening = flat(item).split('\n')[0]!.slice(0, 40).trim();
  let at = text.indexOf(opening);
  if (at < 0) at = text.indexOf(opening.slice(0, 20));
  if (at < 0) return null;
  const before = text.slice(Math.max(0, at - 30), at);
  const mark = MARK.exec(before)?.[1];
  return mark ? mark.trim() : null;
}

function printed(mark: string): string {
  return mark
    .replace(/\s*[.:–-]$/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const write = process.argv.includes('--write');
let notesChanged = 0;
let labelsChanged = 0;
for (const note of corpusNotes()) {
  if (note.refused || note.report) continue;
  const { text } = await readDocument(note.bytes, { fileName: note.fileName });
  const flatText = flat(text);
  const expected = note.expected as { objectives?: Item[]; discussionPoints?: Item[] };
  let changed = false;
  for (const list of [expected.objectives ?? [], expected.discussionPoints ?? []]) {
    for (const item of list) {
      const mark = markBefore(flatText, item.text);
      if (!mark) continue;
      const own = printed(mark);
      // The paragraph a lettered item hangs under: "4(a)" keeps its "4".
      const parent = /^(\d+)\(?[a-z]/i.exec(item.label)?.[1] ?? '';
      const proposed =
        /^\d/.test(own) || /^(?:q|question|pregunta|cuesti)/i.test(own) ? own : `${parent}${own}`;
      if (/^\d+$/.test(item.label) && !/\d/.test(own)) continue;
      if (proposed === item.label) continue;
      say(`${note.name}: ${item.label} → ${proposed}   [${mark}] ${item.text.slice(0, 50)}`);
      item.label = proposed;
      changed = true;
      labelsChanged += 1;
    }
  }
  if (changed) {
    notesChanged += 1;
    if (write)
      writeFileSync(
        new URL(`${note.name}.expected.json`, CORPUS_DIR),
        `${JSON.stringify(note.expected, null, 2)}\n`,
      );
  }
}
say(`${notesChanged} notes, ${labelsChanged} labels`);
