// A room's answers to sync step 1. A client opening the statement afresh (empty state vector)
// gets the whole document, kept as frames until the document next changes, so many editors
// opening a large statement do not each cost an encoding of it; until the document changes
// after loading from a single row (a snapshot), that row as read is the reply, so a cold open
// after a graceful stop encodes nothing.
import * as Y from 'yjs';
import { encodeSyncStep2 } from './protocol.js';

export class SyncReplies {
  /** The frames that give a client with nothing the whole document, while it is unchanged. */
  private whole: Uint8Array[] | undefined;
  /** The row the document was loaded from, while it is the only one and unchanged since. */
  private row: Uint8Array | undefined;

  constructor(private readonly doc: Y.Doc) {}

  /**
   * The document was loaded from these rows, every one of them readable. A single row (a
   * snapshot, as a graceful stop or any compaction leaves the log) goes out as read. Several (a
   * snapshot and the runs a crash left after it) are not: the whole document is encoded from
   * the loaded document once, when first asked for. Sending the rows as read instead (the
   * snapshot in an update frame, then the later rows) cost a stock client more than the encoding
   * costs the server: the client applies each row in its own transaction, splitting the
   * snapshot's items again, and encodes each transaction for its own `update` listener. Traced
   * cold opens of the 90,000-character statement after kill -9 (a snapshot and 20 rows; the
   * client warmed by six earlier opens, as the benchmark's is; main-thread CPU, six opens
   * each, alternated on a loaded machine): the client 40.4 ms (29.4–54.5) with the later rows
   * merged into one sync step 2, 47.3 ms (32.3–87.0) with each row in its own frame, 24.4 ms
   * (17.2–39.2) with the document encoded, as after a graceful stop (22.6 ms); the server's
   * whole open 34.7, 35.4 and 36.5 ms (ranges 24–54), within noise of each other. Merging the
   * later rows also took 20–45 ms of wall time in a fresh process, in front of the reply.
   */
  loaded(rows: readonly Uint8Array[]): void {
    this.row = rows.length === 1 ? rows[0] : undefined;
  }

  /** The document changed: the whole-document reply is encoded again when next asked for. */
  changed(): void {
    this.whole = undefined;
    this.row = undefined;
  }

  /** The frames answering a client's state vector, in the order they must be sent. */
  replyTo(stateVector: Uint8Array): readonly Uint8Array[] {
    if (stateVector.byteLength !== 1 || stateVector[0] !== 0)
      return [encodeSyncStep2(Y.encodeStateAsUpdate(this.doc, stateVector))];
    this.whole ??= [encodeSyncStep2(this.row ?? Y.encodeStateAsUpdate(this.doc))];
    this.row = undefined;
    return this.whole;
  }
}
