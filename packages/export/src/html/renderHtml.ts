import { languageFacts } from '@plenary/statement-model';
import { NoteList } from '../content/NoteList.js';
import { statementLayout } from '../header/statementHeader.js';
import type { StatementExport } from '../model/StatementExport.js';
import { escapeHtml, htmlBlocks, htmlNotes } from './htmlBlocks.js';

// A standalone HTML page: no scripts, no external resources, print styles for A4.

const STYLE = `@page { size: A4; margin: 2.5cm 2.5cm 2.5cm 2.5cm; }
body { font-family: "Times New Roman", Times, "Noto Serif", serif; font-size: 12pt; line-height: 1.45; color: #000; max-width: 40em; margin: 2.5em auto; padding: 0 1em; }
.notice { text-align: end; font-style: italic; margin: 0 0 2em; }
h1 { text-align: center; font-size: 16pt; margin: 0 0 0.8em; }
.byline { text-align: center; font-weight: bold; margin: 0 0 0.6em; }
.on-behalf { text-align: center; margin: 0 0 0.6em; }
.place-date { text-align: center; margin: 0 0 2.5em; }
h2, h3, h4, h5, h6 { font-size: 12pt; margin: 1.4em 0 0.6em; break-after: avoid; }
h3, h4, h5, h6 { font-style: italic; }
p { margin: 0 0 0.8em; orphans: 2; widows: 2; }
blockquote { margin: 0 2.5em 0.8em; font-style: italic; }
li { margin-bottom: 0.3em; }
.notes { margin-top: 2.5em; border-top: 1px solid #000; font-size: 10pt; }
.notes h2 { font-size: 10pt; }
@media print { body { max-width: none; margin: 0; padding: 0; } a { color: inherit; text-decoration: none; } .notes a[aria-label] { display: none; } }`;

/** The statement as a complete HTML document. */
export function renderHtml(statement: StatementExport): string {
  const { header, blocks } = statementLayout(statement);
  const notes = new NoteList();
  const body = htmlBlocks(blocks, notes);
  const line = (text: string | null, className: string) =>
    text === null ? '' : `\n<p class="${className}">${escapeHtml(text)}</p>`;
  const notesHtml = htmlNotes(notes);
  const { locale, direction } = languageFacts(statement.language ?? 'en');
  return `<!DOCTYPE html>
<html lang="${locale}" dir="${direction}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Plenary">
<title>${escapeHtml(statement.title)}</title>
<style>
${STYLE}
</style>
</head>
<body>
<article class="statement">
<header>
<p class="notice">${escapeHtml(header.notice)}</p>
<h1>${escapeHtml(header.delegation)}</h1>
<p class="byline">${escapeHtml(header.byline)}</p>${line(header.onBehalfOf, 'on-behalf')}${line(header.placeAndDate, 'place-date')}
</header>
${body}${notesHtml ? `\n${notesHtml}` : ''}
</article>
</body>
</html>
`;
}
