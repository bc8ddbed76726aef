// Refuses an update that would take a document past its limits: nesting depth, characters,
// encoded size, and the size of the update itself. Per room: it keeps running estimates so
// that an ordinary keystroke costs a decode of that keystroke, not a walk of the document.
import * as Y from 'yjs';
import { CloseCode } from '../closeCodes.js';
import { measureDocument } from './measureDocument.js';
import { measureUpdate } from './measureUpdate.js';
import type { Refusal, UpdateAdmission } from './UpdateAdmission.js';

export interface Limits {
  /** Levels of nested types (a top-level paragraph's text is at level 2). */
  maxDepth: number;
  /** Characters of text in the whole document. */
  maxChars: number;
  /** The whole document encoded as one update, in bytes. */
  maxDocumentBytes: number;
  /** One update, in bytes. */
  maxUpdateBytes: number;
}

const tooLarge = (detail: string): Refusal => ({ code: CloseCode.DocumentTooLarge, detail });
const tooDeep = (detail: string): Refusal => ({ code: CloseCode.DocumentTooComplex, detail });

export class DocumentLimits implements UpdateAdmission {
  /** Upper bounds, made exact again whenever they pass a limit. */
  private bytes: number | undefined;
  private chars: number | undefined;

  constructor(private readonly limits: Limits) {}

  admit(update: Uint8Array, doc: Y.Doc): Refusal | undefined {
    const { maxDepth, maxChars, maxDocumentBytes, maxUpdateBytes } = this.limits;
    if (update.byteLength > maxUpdateBytes)
      return tooLarge(`update of ${update.byteLength} bytes (limit ${maxUpdateBytes})`);
    const added = measureUpdate(update, doc, maxDepth + 1);
    // Structure held back until missing parts arrive integrates with this update if it brings
    // them: measured together, still in proportion to what is pending, not to the document.
    const pending = doc.store.pendingStructs;
    const depth = pending
      ? measureUpdate(
          Y.mergeUpdates([Y.convertUpdateFormatV2ToV1(pending.update), update]),
          doc,
          maxDepth + 1,
        ).depth
      : added.depth;
    if (depth > maxDepth) return tooDeep(`nesting depth ${depth} (limit ${maxDepth})`);

    this.chars ??= measureDocument(doc).chars;
    if (this.chars + added.addedChars > maxChars) this.chars = measureDocument(doc).chars;
    if (this.chars + added.addedChars > maxChars)
      return tooLarge(`${this.chars + added.addedChars} characters (limit ${maxChars})`);

    this.bytes ??= Y.encodeStateAsUpdate(doc).byteLength;
    if (this.bytes + update.byteLength > maxDocumentBytes)
      this.bytes = Y.encodeStateAsUpdate(doc).byteLength;
    if (this.bytes + update.byteLength > maxDocumentBytes)
      return tooLarge(`${this.bytes + update.byteLength} bytes (limit ${maxDocumentBytes})`);

    this.chars += added.addedChars;
    this.bytes += update.byteLength;
    return undefined;
  }
}
