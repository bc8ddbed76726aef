// Reads one file out of a ZIP archive (a DOCX is one), enough to check what a browser
// downloaded: the central directory names the entry, the local header locates its bytes.
import { inflateRawSync } from 'node:zlib';

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

/** The bytes of `name` in the archive, or null when the archive has no such entry. */
export function zipEntry(archive: Buffer, name: string): Buffer | null {
  const end = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0 || archive.readUInt32LE(end) !== END_OF_DIRECTORY) {
    throw new Error('not a ZIP archive: no end-of-directory record');
  }
  const count = archive.readUInt16LE(end + 10);
  let offset = archive.readUInt32LE(end + 16);
  for (let index = 0; index < count; index += 1) {
    if (archive.readUInt32LE(offset) !== DIRECTORY_ENTRY) throw new Error('corrupt ZIP directory');
    const method = archive.readUInt16LE(offset + 10);
    const size = archive.readUInt32LE(offset + 20);
    const nameLength = archive.readUInt16LE(offset + 28);
    const skip = nameLength + archive.readUInt16LE(offset + 30) + archive.readUInt16LE(offset + 32);
    const local = archive.readUInt32LE(offset + 42);
    if (archive.toString('utf8', offset + 46, offset + 46 + nameLength) === name) {
      return readLocal(archive, local, method, size);
    }
    offset += 46 + skip;
  }
  return null;
}

function readLocal(archive: Buffer, offset: number, method: number, size: number): Buffer {
  if (archive.readUInt32LE(offset) !== LOCAL_HEADER) throw new Error('corrupt ZIP entry');
  const start = offset + 30 + archive.readUInt16LE(offset + 26) + archive.readUInt16LE(offset + 28);
  const data = archive.subarray(start, start + size);
  if (method === 0) return data;
  if (method === 8) return inflateRawSync(data);
  throw new Error(`unsupported ZIP compression method ${method}`);
}
