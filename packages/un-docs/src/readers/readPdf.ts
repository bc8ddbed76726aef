import type * as PdfJs from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { DocumentReadError } from '../errors/DocumentReadError.js';
import { READ_LIMITS, tooLarge } from './limits.js';
import { describeFile } from './messages.js';
import { pdfLines, type PdfTextItem } from './pdfLines.js';

// PDF → text with pdf.js (legacy build, which runs in Node without a canvas). Pages are
// separated by form feeds so that normalization can recognize running headers and footers.

function toItem(item: TextItem): PdfTextItem {
  const [a = 0, b = 0, , , x = 0, y = 0] = item.transform as number[];
  return { str: item.str, x, y, width: item.width, size: Math.hypot(a, b) || item.height };
}

function readError(error: unknown, fileName: string | undefined): DocumentReadError {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') {
    return new DocumentReadError(
      'document.encrypted',
      `${describeFile(fileName)} is password-protected. Save a copy without a password (or print it to a new PDF) and upload that.`,
      { cause: error },
    );
  }
  return new DocumentReadError(
    'document.corrupt',
    `${describeFile(fileName)} is not a readable PDF: it may be damaged or incomplete. Download or export it again and upload the new copy.`,
    { cause: error },
  );
}

// pdf.js is large (about 160 MiB resident with its canvas binding): load it on first use,
// not when the server starts.
let pdfjs: Promise<typeof PdfJs> | undefined;

export async function readPdf(bytes: Uint8Array, fileName: string | undefined): Promise<string> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  const { getDocument } = await pdfjs;
  let pageLimit: DocumentReadError | undefined;
  // pdf.js takes ownership of the buffer it is given, so it gets a copy; a plain Uint8Array,
  // since pdf.js refuses a Node Buffer (which is what readFile gives callers).
  const task = getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    useSystemFonts: false,
    verbosity: 0,
  });
  try {
    const pdf = await task.promise;
    if (pdf.numPages > READ_LIMITS.maxPdfPages) {
      pageLimit = tooLarge(
        fileName,
        `has ${pdf.numPages.toLocaleString('en')} pages; the limit is ${READ_LIMITS.maxPdfPages}`,
      );
      throw pageLimit;
    }
    const pages: string[] = [];
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      const items = content.items.filter((item): item is TextItem => 'str' in item).map(toItem);
      pages.push(pdfLines(items).join('\n'));
      page.cleanup();
    }
    return pages.join('\n\f\n');
  } catch (error) {
    throw error === pageLimit ? error : readError(error, fileName);
  } finally {
    await task.destroy();
  }
}
