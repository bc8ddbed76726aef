// A long editing trace: sample 002 (a Secretary-General report) typed word by word into
// paragraphs, with a typo typed and deleted every 25 words, repeated until `chars` long.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';
import { repoRoot } from '../benchOptions.js';

const SAMPLE = join(repoRoot, 'apps/server/samples/002_152554e5fab3c98f.txt');

export function sampleParagraphs(chars: number): string[] {
  const source = readFileSync(SAMPLE, 'utf8')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const paragraphs: string[] = [];
  let total = 0;
  for (let i = 0; total < chars; i += 1) {
    const paragraph = (source[i % source.length] ?? '').slice(0, chars - total);
    paragraphs.push(paragraph);
    total += paragraph.length;
  }
  return paragraphs;
}

/** Types the trace into `doc`, one transaction per word; yields every `batch` updates. */
export async function typeTrace(doc: Y.Doc, chars: number, batch = 200): Promise<number> {
  const body = doc.getXmlFragment('content');
  let updates = 0;
  let word = 0;
  const step = async (edit: () => void): Promise<void> => {
    doc.transact(edit);
    updates += 1;
    if (updates % batch === 0) await new Promise((resolve) => setImmediate(resolve));
  };
  for (const paragraph of sampleParagraphs(chars)) {
    const text = new Y.XmlText();
    await step(() => {
      const element = new Y.XmlElement('paragraph');
      element.insert(0, [text]);
      body.insert(body.length, [element]);
    });
    for (const token of paragraph.match(/\S+\s*/g) ?? []) {
      if ((word += 1) % 25 === 0) {
        const at = text.length;
        await step(() => text.insert(at, 'teh '));
        await step(() => text.delete(at, 4));
      }
      await step(() => text.insert(text.length, token));
    }
  }
  return updates;
}
