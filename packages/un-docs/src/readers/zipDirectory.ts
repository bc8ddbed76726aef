// Reads a ZIP's central directory (names and declared sizes) without inflating anything, so
// a DOCX bomb is refused before it costs memory. Declared sizes can lie; the inflater is
// also capped (JSZip checks each part's real size against the declared one).
import { READ_LIMITS, tooComplex, tooLarge } from './limits.js';
import { describeSize } from './messages.js';

export interface ZipEntryInfo {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;

function findEndOfDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes at the end of the file.
  const earliest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let offset = view.byteLength - 22; offset >= earliest; offset -= 1) {
    if (view.getUint32(offset, true) === END_OF_DIRECTORY) return offset;
  }
  return -1;
}

/** The directory's entries, or undefined when the bytes are not a readable ZIP. */
export function zipDirectory(bytes: Uint8Array): ZipEntryInfo[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfDirectory(view);
  if (end < 0) return undefined;
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  const entries: ZipEntryInfo[] = [];
  for (let index = 0; index < count; index += 1) {
    if (offset + 46 > view.byteLength || view.getUint32(offset, true) !== DIRECTORY_ENTRY)
      return undefined;
    const nameLength = view.getUint16(offset + 28, true);
    const extra = view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
    const name = new TextDecoder().decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
    entries.push({
      name,
      compressedSize: view.getUint32(offset + 20, true),
      uncompressedSize: view.getUint32(offset + 24, true),
    });
    offset += 46 + nameLength + extra;
  }
  return entries;
}

/** Throws before inflating when the ZIP would unpack to too much, or compresses absurdly. */
export function checkZipLimits(bytes: Uint8Array, fileName: string | undefined): void {
  const entries = zipDirectory(bytes);
  if (!entries) return; // JSZip reports an unreadable ZIP in its own words.
  // ZIP64 marks sizes it does not fit in 32 bits with 0xffffffff: far past any limit.
  const total = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (total > READ_LIMITS.maxUnzippedBytes)
    throw tooLarge(
      fileName,
      `unpacks to ${describeSize(total)}; the limit is ${describeSize(READ_LIMITS.maxUnzippedBytes)}`,
    );
  for (const entry of entries) {
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (entry.uncompressedSize > 1024 * 1024 && ratio > READ_LIMITS.maxCompressionRatio)
      throw tooComplex(fileName);
  }
}
