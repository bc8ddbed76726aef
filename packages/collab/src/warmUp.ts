import * as Y from 'yjs';
import { applyStoredUpdates } from './mergeUpdates.js';

/**
 * Runs the paths a statement's first open takes (load a snapshot and a few updates, encode the
 * sync reply) on a small made-up document, so that V8 has compiled them before anyone waits:
 * a freshly started process otherwise opens its first large statement about twice as slowly
 * as the next one. Costs a few milliseconds at start.
 */
export function warmUpYjs(rounds = 10): void {
  if (rounds <= 0) return;
  const source = new Y.Doc();
  const updates: Uint8Array[] = [];
  source.on('update', (update: Uint8Array) => updates.push(update));
  const body = source.getXmlFragment('content');
  for (let i = 0; i < 40; i += 1) {
    const text = new Y.XmlText();
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [text]);
    body.insert(body.length, [paragraph]);
    for (let word = 0; word < 30; word += 1) text.insert(text.length, 'word ');
    text.delete(5, 5);
    text.format(0, 4, { bold: true });
  }
  const snapshot = Y.encodeStateAsUpdate(source);
  const tail = Y.mergeUpdates(updates.slice(-20));
  source.destroy();
  for (let i = 0; i < rounds; i += 1) {
    const doc = new Y.Doc();
    applyStoredUpdates(doc, [snapshot, tail]);
    Y.encodeStateAsUpdate(doc, Y.encodeStateVector(doc));
    Y.encodeStateAsUpdate(doc);
    doc.destroy();
  }
}
