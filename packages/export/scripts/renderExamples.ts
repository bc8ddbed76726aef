// Writes every export of the test statement and compilation (sample 000 debate) to a folder,
// to look at them or to refresh documentation examples, with a French, an Arabic and a
// Chinese statement as DOCX and PDF, a statement with suggestions as Word tracked changes
// and a redline PDF, and a picture of the Arabic and Chinese first pages
// (with pdftoppm, from Debian's poppler-utils, when it is installed):
//   node --conditions=source --import tsx packages/export/scripts/renderExamples.ts OUT_DIR
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  ARABIC,
  CHINESE,
  FRENCH,
  makeLanguageStatement,
} from '../src/fixtures/languageStatements.js';
import { makeCompilation } from '../src/fixtures/makeCompilation.js';
import { makeRichStatement } from '../src/fixtures/richStatement.js';
import {
  makeSuggestedStatement,
  withTrackedSuggestions,
} from '../src/fixtures/suggestedStatement.js';
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
// Suggestions from the deputy and the ambassador, as Word tracked changes and a redline PDF.
const tracked = withTrackedSuggestions(makeSuggestedStatement());
const trackedName = exportFileName(tracked, 'docx').replace(/\.docx$/, '-tracked-changes');
files.push([`${trackedName}.docx`, await renderDocx(tracked)]);
files.push([`${trackedName}.pdf`, await renderPdf(tracked)]);
const pictured: string[] = [];
for (const drafted of [FRENCH, ARABIC, CHINESE]) {
  const languageStatement = makeLanguageStatement(drafted);
  const pdf = exportFileName(languageStatement, 'pdf');
  files.push([exportFileName(languageStatement, 'docx'), await renderDocx(languageStatement)]);
  files.push([pdf, await renderPdf(languageStatement)]);
  if (drafted !== FRENCH) pictured.push(pdf);
}
for (const [name, data] of files) {
  writeFileSync(join(out, name), data);
  process.stdout.write(`${join(out, name)}\n`);
}
for (const pdf of pictured) {
  const png = join(out, pdf.replace(/\.pdf$/, ''));
  try {
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '80',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      join(out, pdf),
      png,
    ]);
    process.stdout.write(`${png}.png\n`);
  } catch {
    process.stdout.write(`(no pdftoppm: ${png}.png not drawn; apt-get install poppler-utils)\n`);
  }
}
