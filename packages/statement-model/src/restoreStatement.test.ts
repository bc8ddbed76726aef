import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { restoreStatement } from './restoreStatement.js';
import { STATEMENT_FRAGMENT } from './statementExtensions.js';
import { statementDocFromParagraphs, statementText } from './statementText.js';

describe('restoreStatement', () => {
  it('brings back an old text as a new change, keeping history and merging with others', () => {
    const doc = statementDocFromParagraphs(['Mr. President,', 'Viet Nam welcomes this debate.']);
    const saved = Y.encodeStateAsUpdate(doc);
    const paragraph = doc.getXmlFragment(STATEMENT_FRAGMENT).get(1) as Y.XmlElement;
    (paragraph.get(0) as Y.XmlText).insert(0, 'Today ');
    doc.getXmlFragment(STATEMENT_FRAGMENT).insert(2, [new Y.XmlElement('paragraph')]);

    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    restoreStatement(doc, saved);
    expect(statementText(doc)).toBe('Mr. President,\n\nViet Nam welcomes this debate.');
    // The restore is an update on top, which a peer applies like any other edit.
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc, Y.encodeStateVector(peer)));
    expect(statementText(peer)).toBe(statementText(doc));
    expect(updates.length).toBeGreaterThan(0);
  });
});
