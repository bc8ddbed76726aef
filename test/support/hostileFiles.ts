// Hostile uploads built in memory: a DOCX bomb, huge texts and a PDF with thousands of pages.
import { constants, crc32, deflateRawSync } from 'node:zlib';

/** One ZIP entry: the stored (compressed) bytes and what the headers claim about them. */
interface ZipEntry {
  name: string;
  data: Buffer;
  method: 0 | 8;
  crc: number;
  size: number;
}

function storedEntry(name: string, text: string): ZipEntry {
  const data = Buffer.from(text);
  return { name, data, method: 0, crc: crc32(data), size: data.length };
}

/** A ZIP written by hand, so a bomb needs no more memory than its compressed size. */
function zip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(entry.method, 8);
    local.writeUInt32LE(entry.crc >>> 0, 14);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(entry.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(entry.method, 10);
    central.writeUInt32LE(entry.crc >>> 0, 16);
    central.writeUInt32LE(entry.data.length, 20);
    central.writeUInt32LE(entry.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, entry.data);
    centrals.push(central, name);
    offset += local.length + name.length + entry.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/**
 * Deflates `count` copies of `chunk` between `head` and `tail` cheaply: the chunk is deflated
 * once with a full flush (byte-aligned, no references back across it), so its compressed
 * bytes can simply be repeated, and an empty final block ends the stream.
 */
function deflateRepeated(head: Buffer, chunk: Buffer, count: number, tail: Buffer) {
  const flushed = (bytes: Buffer): Buffer =>
    deflateRawSync(bytes, { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const compressedChunk = flushed(chunk);
  const data = Buffer.concat([
    flushed(head),
    ...Array.from({ length: count }, () => compressedChunk),
    flushed(tail),
    deflateRawSync(Buffer.alloc(0)),
  ]);
  let crc = crc32(head);
  for (let index = 0; index < count; index += 1) crc = crc32(chunk, crc);
  crc = crc32(tail, crc);
  return { data, crc, size: head.length + chunk.length * count + tail.length };
}

/** A small DOCX whose word/document.xml inflates to about `inflatedBytes` (default 1 GiB). */
export function docxBomb(inflatedBytes = 1024 ** 3): Buffer {
  const open = Buffer.from(
    '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>',
  );
  const close = Buffer.from('</w:t></w:r></w:p></w:body></w:document>');
  const chunk = Buffer.alloc(1024 * 1024, 'A');
  const { data, crc, size } = deflateRepeated(
    open,
    chunk,
    Math.floor(inflatedBytes / chunk.length),
    close,
  );
  return zip([
    storedEntry(
      '[Content_Types].xml',
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    storedEntry(
      '_rels/.rels',
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    { name: 'word/document.xml', data, method: 8, crc, size },
  ]);
}

/** About `bytes` of ordinary English lines. */
export function hugeText(bytes: number): Buffer {
  const line =
    'The Council reaffirms its commitment to the protection of civilians in armed conflict.\n';
  return Buffer.from(line.repeat(Math.ceil(bytes / line.length)));
}

/** `bytes` of text without one line break. */
export function hugeLine(bytes: number): Buffer {
  return Buffer.from('word '.repeat(Math.ceil(bytes / 5)));
}

/** A valid PDF of `pages` pages that all share one small content stream. */
export function manyPagePdf(pages: number): Buffer {
  const objects: string[] = [];
  const kids = Array.from({ length: pages }, (_, index) => `${index + 5} 0 R`).join(' ');
  const stream = 'BT /F1 12 Tf 72 720 Td (Statement of the delegation, paragraph one.) Tj ET';
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
  objects[4] = `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`;
  for (let index = 0; index < pages; index += 1) {
    objects[index + 5] =
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>';
  }
  // Built as parts with a running length (the text is ASCII): measuring the whole body again
  // for each object's offset took seconds for 5,000 pages.
  const parts = ['%PDF-1.4\n'];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  for (let number = 1; number < objects.length; number += 1) {
    offsets[number] = length;
    const object = `${number} 0 obj\n${objects[number]}\nendobj\n`;
    parts.push(object);
    length += object.length;
  }
  parts.push(`xref\n0 ${objects.length}\n0000000000 65535 f \n`);
  for (let number = 1; number < objects.length; number += 1)
    parts.push(`${String(offsets[number]).padStart(10, '0')} 00000 n \n`);
  parts.push(`trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`);
  return Buffer.from(parts.join(''), 'latin1');
}

/** A concept note in Markdown carrying an out-of-range numeric character reference. */
export function conceptNoteWithBadEntity(): Buffer {
  return Buffer.from(
    [
      '# Concept note for the open debate on the protection of civilians',
      '',
      'The Security Council will hold an open debate on 19 April 2021 &#99999999; at 10 a.m.',
      '',
      '## Guiding questions',
      '',
      '1. How can the Council strengthen the **protection** of civilians &#x110000; in [urban](x) areas?',
      '2. What lessons have been learned?',
    ].join('\n'),
  );
}
