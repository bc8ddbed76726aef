// A room's answers to sync step 1. A client opening the statement afresh (empty state vector)
// gets the whole document, kept as frames until the document next changes, so many editors
// opening a large statement do not each cost an encoding of it; until the document changes
// after loading, the rows as read are the reply, so a cold open encodes nothing.
import * as Y from 'yjs';
import { encodeSyncStep2, encodeUpdate } from './protocol.js';

export class SyncReplies {
  /** The frames that give a client with nothing the whole document, while it is unchanged. */
  private whole: Uint8Array[] | undefined;
  /** The rows the document was loaded from, while it is unchanged since. */
  private rows: readonly Uint8Array[] | undefined;

  constructor(private readonly doc: Y.Doc) {}

  /** The document was loaded from these rows, every one of them readable. */
  loaded(rows: readonly Uint8Array[]): void {
    this.rows = rows;
  }

  /** The document changed: the whole-document reply is encoded again when next asked for. */
  changed(): void {
    this.whole = undefined;
    this.rows = undefined;
  }

  /** The frames answering a client's state vector, in the order they must be sent. */
  replyTo(stateVector: Uint8Array): readonly Uint8Array[] {
    if (stateVector.byteLength !== 1 || stateVector[0] !== 0)
      return [encodeSyncStep2(Y.encodeStateAsUpdate(this.doc, stateVector))];
    this.whole ??= this.fromRows() ?? [encodeSyncStep2(Y.encodeStateAsUpdate(this.doc))];
    return this.whole;
  }

  /**
   * The whole document from the rows as read. One row (a snapshot, as a graceful stop leaves
   * the log) goes out as it is. Several (a snapshot and the runs a crash left after it) go out
   * as the first row as read, in an update frame, then the later rows merged among themselves
   * as the sync step 2: a stock client handles frames in order and reports `synced` on the sync
   * step 2, so it holds the whole text by then, and nothing large is encoded again (the later
   * rows are small: the log is compacted every 64 KiB). Encoding the loaded document instead
   * took 6.7–10.0 ms of the server's main thread per cold open of the 90,000-character statement
   * after kill -9 (median 8.1, four opens); merging the later rows *into* the snapshot cost more
   * than encoding (319–334 ms cold opens against 125–139 ms, alternated runs of 2026-12-04).
   */
  private fromRows(): Uint8Array[] | undefined {
    const [first, ...later] = this.rows ?? [];
    this.rows = undefined;
    if (!first) return undefined;
    if (later.length === 0) return [encodeSyncStep2(first)];
    try {
      return [
        encodeUpdate(first),
        encodeSyncStep2(later.length === 1 ? later[0]! : Y.mergeUpdates(later)),
      ];
    } catch {
      return undefined; // Encoded from the document instead, as any later reply.
    }
  }
}
