import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CloseCode } from '../closeCodes.js';
import { DocumentLimits, type Limits } from './DocumentLimits.js';
import { measureDocument } from './measureDocument.js';

const LIMITS: Limits = {
  maxDepth: 16,
  maxChars: 10_000,
  maxDocumentBytes: 64 * 1024,
  maxUpdateBytes: 32 * 1024,
};

/** A server doc and a client doc that sends it updates through the limits, as a room would. */
function session(limits = LIMITS) {
  const server = new Y.Doc();
  const client = new Y.Doc();
  const admission = new DocumentLimits(limits);
  const refusals: (CloseCode | undefined)[] = [];
  client.on('update', (update: Uint8Array) => {
    const refusal = admission.admit(update, server);
    refusals.push(refusal?.code);
    if (!refusal) Y.applyUpdate(server, update);
  });
  return { server, client, refusals, fragment: client.getXmlFragment('content') };
}

/** `depth` blockquotes around a paragraph, in one transaction, built from the outside in. */
function nest(fragment: Y.XmlFragment, depth: number, text = 'deep'): void {
  fragment.doc!.transact(() => {
    let parent: Y.XmlFragment | Y.XmlElement = fragment;
    for (let level = 0; level < depth; level += 1) {
      const quote: Y.XmlElement = new Y.XmlElement('blockquote');
      parent.insert(parent.length, [quote]);
      parent = quote;
    }
    const paragraph = new Y.XmlElement('paragraph');
    parent.insert(0, [paragraph]);
    paragraph.insert(0, [new Y.XmlText(text)]);
  });
}

describe('DocumentLimits', () => {
  it('admits ordinary typing and nesting within the limit', () => {
    const { server, fragment, refusals } = session();
    nest(fragment, 14); // 14 quotes + paragraph + text = 16 levels
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText('Mr. President,')]);
    fragment.insert(1, [paragraph]);
    (paragraph.get(0) as Y.XmlText).insert(14, ' thank you.');
    expect(refusals).toEqual([undefined, undefined, undefined]);
    expect(measureDocument(server).depth).toBe(16);
  });

  it('refuses 2,000 levels of nesting in one update, storing nothing', () => {
    const { server, fragment, refusals } = session({ ...LIMITS, maxUpdateBytes: 2 ** 20 });
    nest(fragment, 2_000);
    expect(refusals).toEqual([CloseCode.DocumentTooComplex]);
    expect(measureDocument(server).depth).toBe(0);
  });

  it('refuses nesting built one level per update at the level past the limit', () => {
    const { fragment, refusals } = session();
    let parent: Y.XmlFragment | Y.XmlElement = fragment;
    for (let level = 1; level <= 17; level += 1) {
      const quote: Y.XmlElement = new Y.XmlElement('blockquote');
      parent.insert(0, [quote]);
      parent = quote;
    }
    expect(refusals.slice(0, 16).every((code) => code === undefined)).toBe(true);
    expect(refusals[16]).toBe(CloseCode.DocumentTooComplex);
  });

  it('measures structure that arrives before its parents on a copy', () => {
    const source = new Y.Doc();
    const updates: Uint8Array[] = [];
    source.on('update', (update: Uint8Array) => updates.push(update));
    let parent: Y.XmlFragment | Y.XmlElement = source.getXmlFragment('content');
    for (let level = 1; level <= 30; level += 1) {
      const quote: Y.XmlElement = new Y.XmlElement('blockquote');
      parent.insert(0, [quote]);
      parent = quote;
    }
    const server = new Y.Doc();
    const admission = new DocumentLimits(LIMITS);
    // Deepest first: nothing integrates until the outermost level arrives last.
    const codes = updates.reverse().map((update) => {
      const refusal = admission.admit(update, server);
      if (!refusal) Y.applyUpdate(server, update);
      return refusal?.code;
    });
    expect(codes).toContain(CloseCode.DocumentTooComplex);
    expect(measureDocument(server).depth).toBeLessThanOrEqual(LIMITS.maxDepth);
  });

  it('refuses text past the character limit and an update past the size limit', () => {
    const { fragment, refusals } = session();
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText('a'.repeat(9_000))]);
    fragment.insert(0, [paragraph]);
    (paragraph.get(0) as Y.XmlText).insert(0, 'b'.repeat(2_000));
    expect(refusals).toEqual([undefined, CloseCode.DocumentTooLarge]);
    const big = session({ ...LIMITS, maxChars: 1_000_000 });
    big.fragment.insert(0, [new Y.XmlText('c'.repeat(40_000))]);
    expect(big.refusals).toEqual([CloseCode.DocumentTooLarge]);
  });

  it('costs little per keystroke on a long statement', () => {
    const client = new Y.Doc();
    const fragment = client.getXmlFragment('content');
    for (let n = 0; n < 200; n += 1) {
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText('The Council reaffirms its commitment. '.repeat(12))]);
      fragment.insert(fragment.length, [paragraph]);
    }
    const server = new Y.Doc();
    Y.applyUpdate(server, Y.encodeStateAsUpdate(client));
    const keystrokes: Uint8Array[] = [];
    client.on('update', (update: Uint8Array) => keystrokes.push(update));
    const text = (fragment.get(100) as Y.XmlElement).get(0) as Y.XmlText;
    for (let n = 0; n < 2_000; n += 1) text.insert(n % 50, 'x');
    const admission = new DocumentLimits({
      ...LIMITS,
      maxChars: 200_000,
      maxDocumentBytes: 2 ** 21,
    });
    admission.admit(keystrokes[0]!, server); // the first call measures the document once
    const started = performance.now();
    const refused = keystrokes.filter((update) => admission.admit(update, server));
    const micros = ((performance.now() - started) * 1000) / keystrokes.length;
    process.stdout.write(`admission: ${micros.toFixed(1)} µs per keystroke (91,000 characters)\n`);
    expect(refused).toEqual([]);
  });
});
