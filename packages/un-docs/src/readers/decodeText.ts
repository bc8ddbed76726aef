import { DocumentReadError } from '../errors/DocumentReadError.js';
import { ACCEPTED, describeFile } from './messages.js';
import { decodeWindows1252 } from './windows1252.js';

// Text files arrive as UTF-8, as UTF-16 from Windows "Unicode" saves, or as Windows-1252
// from older tools. Control characters other than layout ones mean the file is binary.

function isBinaryControl(code: number): boolean {
  // Tab, line feed, vertical tab, form feed, carriage return and escape occur in real text.
  return code < 0x20 && ![0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1b].includes(code);
}

function countControls(text: string): number {
  let count = 0;
  for (let index = 0; index < text.length; index += 1)
    if (isBinaryControl(text.charCodeAt(index))) count += 1;
  return count;
}

function decodeUnicode(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

export function decodeText(bytes: Uint8Array, fileName: string | undefined): string {
  const text = decodeUnicode(bytes) ?? decodeWindows1252(bytes);
  const sample = text.slice(0, 64 * 1024);
  const controls = countControls(sample);
  if (controls > Math.max(2, sample.length / 1000)) {
    throw new DocumentReadError(
      'document.unsupported_type',
      `${describeFile(fileName)} is a binary file of a kind Plenary cannot read. ${ACCEPTED}`,
    );
  }
  return text.replace(/^\uFEFF/, '');
}

const MARKDOWN_SIGNS = [
  /^#{1,6}\s+\S/m,
  /\*\*[^*\n]+\*\*/,
  /\[[^\]\n]+\]\([^)\n]*\)/,
  /^\s*[*+]\s+\S/m,
  /\\[*_#$.-]/,
];

/** Markdown by its name, or by two or more of its marks in the text. */
export function isMarkdown(text: string, fileName: string | undefined): boolean {
  if (fileName && /\.(?:md|markdown|mdown)$/i.test(fileName)) return true;
  return MARKDOWN_SIGNS.filter((sign) => sign.test(text)).length >= 2;
}
