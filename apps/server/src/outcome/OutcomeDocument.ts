// The outcome document's text, in its collab room: read after every queued update, changed as
// the server (an edit every open editor merges), and read again when an edit is on its way.
import { localDoc, type Room, type RoomRegistry } from '@plenary/collab';
import type { OutcomeParagraph } from '@plenary/statement-model';
import type { OutcomeRecord } from '@plenary/storage';
import * as Y from 'yjs';
import { statementModel } from '../statements/statementModel.js';

export class OutcomeDocument {
  constructor(private readonly rooms: RoomRegistry) {}

  /** The text's state (after every queued update). */
  snapshot(outcome: OutcomeRecord): Promise<Uint8Array> {
    return this.rooms.withRoom(outcome.statementId, (room) => room.snapshot());
  }

  /**
   * What `read` finds in the text, waiting up to `patienceMs` for updates still on their way:
   * a client sends a request about an edit (e.g. proposing the marks just typed) as soon as it
   * is made, and the edit may reach the room a moment after the request. Undefined if `read`
   * still finds nothing then. The text is read again only after an update `mayHold` says
   * could bring what is missing, so a request for something that never comes costs little.
   */
  readWhenThere<T>(
    outcome: OutcomeRecord,
    read: (doc: Y.Doc) => T | undefined,
    wait: { patienceMs: number; mayHold: (update: Uint8Array) => boolean },
  ): Promise<T | undefined> {
    return this.rooms.withRoom(outcome.statementId, (room) =>
      readWhenThere(outcome.statementId, room, read, wait.mayHold, Date.now() + wait.patienceMs),
    );
  }

  /** Changes the text as the server, an edit every open editor merges. */
  change(outcome: OutcomeRecord, change: (doc: Y.Doc) => void): Promise<void> {
    return this.rooms.withRoom(outcome.statementId, (room) => room.applyChange(change));
  }

  /** The current paragraphs (after every queued update). */
  async paragraphs(outcome: OutcomeRecord): Promise<string[]> {
    return (await this.paragraphsWithIds(outcome)).map((p) => p.text);
  }

  async paragraphsWithIds(outcome: OutcomeRecord): Promise<OutcomeParagraph[]> {
    const { paragraphsOf, statementNode } = await statementModel();
    return readState(outcome.statementId, await this.snapshot(outcome), (doc) =>
      paragraphsOf(statementNode(doc)),
    );
  }

  /** Replaces the text with these paragraphs, as ordinary edits everyone's editor merges. */
  async writeParagraphs(outcome: OutcomeRecord, paragraphs: readonly string[]): Promise<void> {
    const { restoreStatement, statementDocFromParagraphs } = await statementModel();
    const target = statementDocFromParagraphs(paragraphs);
    const state = Y.encodeStateAsUpdate(target);
    target.destroy();
    await this.change(outcome, (doc) => restoreStatement(doc, state));
  }
}

/** Reads a copy of the state: the room's own document is never handed out. */
function readState<T>(name: string, state: Uint8Array, read: (doc: Y.Doc) => T): T {
  const doc = localDoc(name);
  try {
    Y.applyUpdate(doc, state);
    return read(doc);
  } finally {
    doc.destroy();
  }
}

async function readWhenThere<T>(
  name: string,
  room: Room,
  read: (doc: Y.Doc) => T | undefined,
  mayHold: (update: Uint8Array) => boolean,
  deadline: number,
): Promise<T | undefined> {
  // Listened to before each read, so an update applied while reading is not missed.
  let changed = false;
  let wake: (() => void) | undefined;
  const onUpdate = (update: Uint8Array): void => {
    if (!mayHold(update)) return;
    changed = true;
    wake?.();
  };
  room.doc.on('update', onUpdate);
  try {
    for (;;) {
      changed = false;
      const found = readState(name, await room.snapshot(), read);
      const left = deadline - Date.now();
      if (found !== undefined || left <= 0) return found;
      if (!changed) await nextWake(left, (resolve) => (wake = resolve));
      wake = undefined;
    }
  } finally {
    room.doc.off('update', onUpdate);
  }
}

/** Resolves when woken or after `ms`, whichever comes first. */
function nextWake(ms: number, onWake: (resolve: () => void) => void): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    onWake(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}
