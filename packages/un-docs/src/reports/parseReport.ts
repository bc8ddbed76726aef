import { findSymbol } from '../symbols/findSymbol.js';
import { normalizeText } from '../text/normalizeText.js';
import { splitBlocks } from '../text/splitBlocks.js';
import { collectParagraphs } from './collectParagraphs.js';
import { findIssueDate } from './findIssueDate.js';
import { findReportTitle } from './findReportTitle.js';
import type { Report } from './Report.js';

/** Parses a report from text in any supported shape (raw PDF text, Markdown, plain text). */
export function parseReport(text: string): Report {
  const normalized = normalizeText(text);
  const { blocks, footnotes } = splitBlocks(normalized);
  return {
    kind: 'report',
    symbol: findSymbol(normalized.split('\n')),
    title: findReportTitle(blocks),
    date: findIssueDate(blocks),
    paragraphs: collectParagraphs(blocks),
    footnotes,
  };
}
