// A room's answers to sync step 1. A client opening the statement afresh (empty state vector)
// gets the whole document, kept as frames until the document next changes, so many editors
// opening a large statement do not each cost an encoding of it; right after loading a single
// snapshot row, that row is the reply, so a cold open after a graceful stop encodes nothing.
import * as Y from 'yjs';
import { encodeSyncStep2 } from './protocol.js';

export class SyncReplies {
  /** The frames that give a client with nothing the whole document, while it is unchanged. */
  private whole: Uint8Array[] | undefined;

  constructor(private readonly doc: Y.Doc) {}

  /**
   * The document was loaded from these rows. One row (a snapshot, as a graceful stop leaves the
   * log) is the whole document as stored, and goes out as it is: a cold open encodes nothing.
   * Several rows (the log a crash left) are encoded once, when first asked for: merging their
   * bytes and having the client hold them as pending until a snapshot arrives cost more
   * (cold open of the 90,000-character statement after kill -9: 319–334 ms against 125–139 ms
   * encoding, alternated benchmark runs of 2026-12-04).
   */
  loaded(rows: readonly Uint8Array[]): void {
    const [only] = rows;
    if (only && rows.length === 1) this.whole = [encodeSyncStep2(only)];
  }

  /** The document changed: the whole-document reply is encoded again when next asked for. */
  changed(): void {
    this.whole = undefined;
  }

  /** The frames answering a client's state vector, in the order they must be sent. */
  replyTo(stateVector: Uint8Array): readonly Uint8Array[] {
    if (stateVector.byteLength !== 1 || stateVector[0] !== 0)
      return [encodeSyncStep2(Y.encodeStateAsUpdate(this.doc, stateVector))];
    this.whole ??= [encodeSyncStep2(Y.encodeStateAsUpdate(this.doc))];
    return this.whole;
  }
}
