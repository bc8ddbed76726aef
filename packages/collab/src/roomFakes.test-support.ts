// Fakes for Room's tests: an in-memory store that journals appends against broadcasts, a
// connection that keeps what it was sent, and updates as a client types them.
import * as Y from 'yjs';
import type { CloseCode } from './closeCodes.js';
import type { Connection } from './Connection.js';
import type { CompactionResult, DocumentStore } from './DocumentStore.js';
import type { AppendEntry } from './GroupCommit.js';
import { decodeClientMessage } from './protocol.js';

/** An in-memory store that records the order of appends against broadcasts. */
export class MemoryStore implements DocumentStore {
  readonly rows = new Map<string, Uint8Array[]>();
  readonly journal: string[] = [];
  failNext = false;
  load(id: string) {
    return Promise.resolve([...(this.rows.get(id) ?? [])]);
  }
  readonly batches: number[] = [];
  append(id: string, update: Uint8Array) {
    return this.appendBatch([{ documentId: id, update }]);
  }
  async appendBatch(entries: readonly AppendEntry[]) {
    await Promise.resolve();
    if (this.failNext) {
      this.failNext = false;
      throw new Error('disk full');
    }
    this.batches.push(entries.length);
    for (const { documentId, update } of entries) {
      this.rows.set(documentId, [...(this.rows.get(documentId) ?? []), update]);
      this.journal.push('append');
    }
  }
  rowCount(id: string) {
    return Promise.resolve(this.rows.get(id)?.length ?? 0);
  }
  compact(): Promise<CompactionResult> {
    return Promise.resolve({ rowsBefore: 0, rowsAfter: 0 });
  }
  remove(id: string) {
    this.rows.delete(id);
    return Promise.resolve();
  }
}

export class FakeConnection implements Connection {
  readonly frames: Uint8Array[] = [];
  closed: { code: CloseCode; reason: string } | undefined;
  constructor(
    readonly id: string,
    private readonly journal: string[] = [],
    readonly readOnly = false,
  ) {}
  send(frame: Uint8Array) {
    if (decodeClientMessage(frame).kind === 'update') this.journal.push(`broadcast:${this.id}`);
    this.frames.push(frame);
  }
  close(code: CloseCode, reason: string) {
    this.closed = { code, reason };
  }
}

export function textUpdate(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, text);
  return Y.encodeStateAsUpdate(doc);
}

/** One client typing: each keystroke is its own update, as the stock provider sends them. */
export function keystrokes(text: string): Uint8Array[] {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  for (const char of text) doc.getText('t').insert(doc.getText('t').length, char);
  return updates;
}

export const updateFrames = (connection: FakeConnection) =>
  connection.frames.filter((frame) => decodeClientMessage(frame).kind === 'update');

/** The text a connection's update frames make of `doc` (a fresh one by default), applied in order. */
export function textFromFrames(connection: FakeConnection, doc = new Y.Doc()): string {
  for (const frame of updateFrames(connection)) {
    const message = decodeClientMessage(frame);
    if (message.kind === 'update') Y.applyUpdate(doc, message.update);
  }
  return doc.getText('t').toString();
}
