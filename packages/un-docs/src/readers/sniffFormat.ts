import { DocumentReadError } from '../errors/DocumentReadError.js';
import { ACCEPTED, describeFile } from './messages.js';

// The format comes from the bytes, not the name: a PNG renamed ".pdf" is still a PNG.

export type SniffedFormat = 'pdf' | 'docx' | 'text';

const KNOWN_BINARIES: readonly [number[], string][] = [
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x49, 0x49, 0x2a, 0x00], 'a TIFF image'],
  [[0x4d, 0x4d, 0x00, 0x2a], 'a TIFF image'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Word (.doc) or Excel file; save it as .docx or PDF'],
  [[0x1f, 0x8b], 'a compressed (gzip) archive'],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], 'an RTF file; save it as .docx or PDF'],
];

const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le').toString('latin1');

function startsWith(bytes: Uint8Array, prefix: readonly number[], offset = 0): boolean {
  return prefix.every((byte, index) => bytes[offset + index] === byte);
}

function contains(bytes: Uint8Array, text: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(text, 0, 'latin1');
}

function pdfHeaderAt(bytes: Uint8Array): number {
  // The PDF specification lets the header sit anywhere in the first 1024 bytes.
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).indexOf(
    '%PDF-',
    0,
    'latin1',
  );
}

export function sniffFormat(bytes: Uint8Array, fileName: string | undefined): SniffedFormat {
  if (pdfHeaderAt(bytes) >= 0) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    if (contains(bytes, 'word/document.xml')) return 'docx';
    throw new DocumentReadError(
      'document.unsupported_type',
      `${describeFile(fileName)} is a ZIP archive but not a Word document (it has no word/document.xml). ${ACCEPTED}`,
    );
  }
  if (startsWith(bytes, OLE) && contains(bytes, ENCRYPTION_INFO)) {
    // Word saves a password-protected .docx inside an OLE container with this stream.
    throw new DocumentReadError(
      'document.encrypted',
      `${describeFile(fileName)} is a password-protected Word document. Remove the password in Word (File › Info › Protect Document), save, and upload it again.`,
    );
  }
  const binary = KNOWN_BINARIES.find(([magic]) => startsWith(bytes, magic));
  if (binary) {
    throw new DocumentReadError(
      'document.unsupported_type',
      `${describeFile(fileName)} is ${binary[1]}, not a document Plenary can read. ${ACCEPTED}`,
    );
  }
  return 'text';
}
