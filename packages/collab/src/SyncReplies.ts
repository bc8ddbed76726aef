// A room's answers to sync step 1. A client opening the statement afresh (empty state vector)
// gets the whole document, kept as frames until the document next changes, so many editors
// opening a large statement do not each cost an encoding of it; right after a load, those
// frames are the stored rows as read, so a cold open encodes nothing.
import * as Y from 'yjs';
import { encodeSyncStep2, encodeUpdate } from './protocol.js';

export class SyncReplies {
  /** The frames that give a client with nothing the whole document, while it is unchanged. */
  private whole: Uint8Array[] | undefined;

  constructor(private readonly doc: Y.Doc) {}

  /**
   * The document was loaded from these rows (a snapshot and the updates since, all readable).
   * The updates after the first go out first, merged into one update message, then the first
   * row as the sync step 2: a Yjs client keeps an update whose references it does not have
   * yet as pending, and integrates it once the step 2 brings them, so it holds the whole
   * document by the time the step 2 marks it synced. Merging the updates' bytes costs a
   * fraction of encoding the whole document, which it replaces.
   */
  loaded(rows: readonly Uint8Array[]): void {
    const [first, ...rest] = rows;
    if (!first) return;
    const step2 = encodeSyncStep2(first);
    this.whole = rest.length === 0 ? [step2] : [encodeUpdate(Y.mergeUpdates(rest)), step2];
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
