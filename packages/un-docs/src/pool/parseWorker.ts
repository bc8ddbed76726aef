// Runs in a worker thread of DocumentParserPool: reads and parses one upload.
import { DocumentReadError } from '../errors/DocumentReadError.js';
import { parseDocument } from '../parseDocument.js';
import { readDocument } from '../readers/readDocument.js';
import { tooComplex } from '../readers/limits.js';
import type { ParseOutcome, ParseTask } from './parseTask.js';

export default async function parse(task: ParseTask): Promise<ParseOutcome> {
  try {
    const { format, text } = await readDocument(task.bytes, {
      fileName: task.fileName,
      maxBytes: task.maxBytes,
    });
    return {
      ok: true,
      format,
      text,
      document: parseDocument(text, { asConceptNote: task.asConceptNote }),
    };
  } catch (error) {
    if (error instanceof DocumentReadError)
      return { ok: false, code: error.code, message: error.message };
    // A stack overflow or a runaway regex in the parsers: the file is the cause, not the server.
    if (error instanceof RangeError) {
      const refused = tooComplex(task.fileName);
      return { ok: false, code: refused.code, message: refused.message };
    }
    throw error;
  }
}
