// Times importDocument (read + parse, as a parser-pool worker does) on generated long texts
// by size, to see whether it grows about linearly with the text:
// `node --import tsx packages/un-docs/scripts/timeLongTexts.ts [lines…]` (default 5000 10000
// 30000 60000). Add `--cpu-prof` before `--import` to profile. Texts over the reader's
// 2 million characters are parsed without reading, as the reader would refuse them.
import { longListNote, pdfExtractionNote } from '../src/fixtures/longTexts.js';
import { importDocument } from '../src/importDocument.js';
import { parseDocument } from '../src/parseDocument.js';
import { READ_LIMITS } from '../src/readers/limits.js';

const sizes = process.argv.slice(2).map(Number);
const generators = { 'long list': longListNote, 'PDF extraction': pdfExtractionNote };

async function outcome(text: string): Promise<string> {
  try {
    if (text.length > READ_LIMITS.maxChars) return `${parseDocument(text).kind} (parsed only)`;
    const { document } = await importDocument(new TextEncoder().encode(text), {
      fileName: 'note.txt',
    });
    return document.kind;
  } catch (error) {
    return error instanceof Error ? error.message : 'refused';
  }
}

for (const [name, generate] of Object.entries(generators)) {
  for (const lines of sizes.length > 0 ? sizes : [5000, 10000, 30000, 60000]) {
    const text = generate(lines);
    const started = performance.now();
    const kind = await outcome(text);
    const seconds = (performance.now() - started) / 1000;
    process.stdout.write(
      `${name}: ${text.split('\n').length} lines, ${text.length} chars → ${kind} in ${seconds.toFixed(2)} s\n`,
    );
  }
}
