import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { statementDocFromParagraphs, statementSchema, statementText } from './index.js';

describe('statement schema', () => {
  it('builds headless with the nodes a statement needs', () => {
    const schema = statementSchema();
    for (const name of ['doc', 'paragraph', 'heading', 'blockquote', 'bulletList', 'text']) {
      expect(schema.nodes[name], name).toBeDefined();
    }
    expect(schema.nodes.codeBlock).toBeUndefined();
  });

  it('reads plain text back from a Y.Doc, including after a round trip through updates', () => {
    const seeded = statementDocFromParagraphs(['Mr. President,', 'I thank you.']);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(seeded));
    expect(statementText(copy)).toBe('Mr. President,\n\nI thank you.');
  });

  it('reads an empty document as empty text', () => {
    expect(statementText(new Y.Doc())).toBe('');
  });
});
