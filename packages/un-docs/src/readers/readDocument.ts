import { DocumentReadError } from '../errors/DocumentReadError.js';
import { decodeText, isMarkdown } from './decodeText.js';
import {
  DEFAULT_MAX_BYTES,
  type ReadDocumentOptions,
  type ReadDocumentResult,
} from './DocumentFormat.js';
import { checkTextLimits } from './limits.js';
import { ACCEPTED, describeFile, describeSize } from './messages.js';
import { readDocx } from './readDocx.js';
import { readPdf } from './readPdf.js';
import { sniffFormat } from './sniffFormat.js';

/** Uploaded bytes → text, with the format recognized from the content. */
export async function readDocument(
  bytes: Uint8Array,
  options: ReadDocumentOptions = {},
): Promise<ReadDocumentResult> {
  const { fileName, maxBytes = DEFAULT_MAX_BYTES } = options;
  if (bytes.byteLength === 0) {
    throw new DocumentReadError(
      'document.empty',
      `${describeFile(fileName)} is empty (0 bytes). Check that the upload finished and try again.`,
    );
  }
  if (bytes.byteLength > maxBytes) {
    throw new DocumentReadError(
      'document.too_large',
      `${describeFile(fileName)} is ${describeSize(bytes.byteLength)}; the limit is ${describeSize(maxBytes)}. Remove images or annexes, or upload only the concept note or report itself.`,
    );
  }
  const sniffed = sniffFormat(bytes, fileName);
  const text =
    sniffed === 'pdf'
      ? await readPdf(bytes, fileName)
      : sniffed === 'docx'
        ? await readDocx(bytes, fileName)
        : decodeText(bytes, fileName);
  if (text.trim() === '') {
    const hint =
      sniffed === 'pdf'
        ? ' If it is a scan, upload the original Word file or a PDF with selectable text.'
        : '';
    throw new DocumentReadError(
      'document.empty',
      `${describeFile(fileName)} contains no text.${hint} ${ACCEPTED}`,
    );
  }
  checkTextLimits(text, fileName);
  const format = sniffed === 'text' && isMarkdown(text, fileName) ? 'markdown' : sniffed;
  return { format, text };
}
