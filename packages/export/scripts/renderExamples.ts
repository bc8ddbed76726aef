// Writes every export of the test statement and compilation (sample 000 debate) to a folder,
// to look at them or to refresh documentation examples:
//   node --conditions=source --import tsx packages/export/scripts/renderExamples.ts OUT_DIR
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { makeCompilation } from '../src/fixtures/makeCompilation.js';
import { makeRichStatement } from '../src/fixtures/richStatement.js';
import {
  compilationFileName,
  exportFileName,
  renderCompilationDocx,
  renderCompilationPdf,
  renderDocx,
  renderHtml,
  renderMarkdown,
  renderPdf,
  renderSubmissionEmail,
  renderText,
} from '../src/index.js';

const out = resolve(process.argv[2] ?? 'export-examples');
mkdirSync(out, { recursive: true });
const statement = makeRichStatement();
const compilation = makeCompilation();
const email = renderSubmissionEmail(statement);

const files: [string, Uint8Array | string][] = [
  [exportFileName(statement, 'docx'), await renderDocx(statement)],
  [exportFileName(statement, 'pdf'), await renderPdf(statement)],
  [exportFileName(statement, 'md'), renderMarkdown(statement)],
  [exportFileName(statement, 'txt'), renderText(statement)],
  [exportFileName(statement, 'html'), renderHtml(statement)],
  ['submission-email.txt', `To: ${email.to ?? ''}\nSubject: ${email.subject}\n\n${email.body}`],
  [compilationFileName(compilation, 'docx'), await renderCompilationDocx(compilation)],
  [compilationFileName(compilation, 'pdf'), await renderCompilationPdf(compilation)],
];
for (const [name, data] of files) {
  writeFileSync(join(out, name), data);
  process.stdout.write(`${join(out, name)}\n`);
}
