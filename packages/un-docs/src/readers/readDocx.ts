import JSZip from 'jszip';
import { DocumentReadError } from '../errors/DocumentReadError.js';
import { describeFile } from './messages.js';
import { htmlToText } from './htmlToText.js';
import { wordListLabels } from './wordListLabels.js';
import { checkZipLimits } from './zipDirectory.js';

// DOCX → text through mammoth's HTML, which keeps headings, paragraphs and list items
// apart; Word's automatic list labels are put back from the numbering definitions.

// A note's theme is often only in its Title paragraph, which mammoth does not map by default.
const TITLE_STYLES = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"];

function corrupt(fileName: string | undefined, cause: unknown): DocumentReadError {
  return new DocumentReadError(
    'document.corrupt',
    `${describeFile(fileName)} looks like a Word document but cannot be opened: it may be damaged or incomplete. Open it in Word, save it again as .docx, and upload it again, or upload a PDF.`,
    { cause },
  );
}

export async function readDocx(bytes: Uint8Array, fileName: string | undefined): Promise<string> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  checkZipLimits(bytes, fileName);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(buffer);
  } catch (error) {
    throw corrupt(fileName, error);
  }
  try {
    const [{ value: html }, labels] = await Promise.all([
      import('mammoth').then(({ default: mammoth }) =>
        mammoth.convertToHtml({ buffer }, { styleMap: TITLE_STYLES }),
      ),
      wordListLabels(zip),
    ]);
    return htmlToText(html, labels);
  } catch (error) {
    throw corrupt(fileName, error);
  }
}
