// What one upload may contain once read. A real concept note is a few pages and a long UN
// report a few hundred; these limits are far above both and far below what stalls a worker.
import { DocumentReadError } from '../errors/DocumentReadError.js';
import { describeFile, describeSize } from './messages.js';

export const READ_LIMITS = {
  /** Characters of text after reading (about 800 pages). */
  maxChars: 2_000_000,
  /** Lines of text. */
  maxLines: 100_000,
  /** Characters in one line (a paragraph in a Word file is one line). */
  maxLineChars: 100_000,
  /** PDF pages. */
  maxPdfPages: 300,
  /** DOCX: everything in the ZIP, uncompressed. */
  maxUnzippedBytes: 50 * 1024 * 1024,
  /** DOCX: uncompressed size over compressed size, for any one part worth inflating. */
  maxCompressionRatio: 100,
};

export function tooComplex(fileName: string | undefined, cause?: unknown): DocumentReadError {
  return new DocumentReadError(
    'document.too_complex',
    `${describeFile(fileName)} is too large or too complex to read. Upload only the concept note or report itself, or save it again as a simpler PDF or Word file.`,
    { cause },
  );
}

export function tooLarge(fileName: string | undefined, what: string): DocumentReadError {
  return new DocumentReadError(
    'document.too_large',
    `${describeFile(fileName)} ${what}. Upload only the concept note or report itself, without annexes.`,
  );
}

/** Refuses text past the character, line and line-length limits, without a regex. */
export function checkTextLimits(text: string, fileName: string | undefined): void {
  if (text.length > READ_LIMITS.maxChars)
    throw tooLarge(
      fileName,
      `holds ${text.length.toLocaleString('en')} characters of text; the limit is ${READ_LIMITS.maxChars.toLocaleString('en')}`,
    );
  let lines = 1;
  let start = 0;
  for (let index = text.indexOf('\n'); ; index = text.indexOf('\n', start)) {
    const end = index === -1 ? text.length : index;
    if (end - start > READ_LIMITS.maxLineChars)
      throw tooLarge(
        fileName,
        `has a line of ${(end - start).toLocaleString('en')} characters; the limit is ${READ_LIMITS.maxLineChars.toLocaleString('en')}`,
      );
    if (index === -1) break;
    lines += 1;
    if (lines > READ_LIMITS.maxLines)
      throw tooLarge(fileName, `has more than ${READ_LIMITS.maxLines.toLocaleString('en')} lines`);
    start = index + 1;
  }
}

export function describeUnzipped(bytes: number): string {
  return describeSize(bytes);
}
