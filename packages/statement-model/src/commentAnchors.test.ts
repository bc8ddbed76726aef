import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { anchorFromRange, resolveAnchor } from './commentAnchors.js';
import { STATEMENT_FRAGMENT } from './statementExtensions.js';
import { statementDocFromParagraphs } from './statementText.js';

const OPENING = 'Mr. President, we welcome this open debate.';

/** Two replicas of one statement, synced by hand as two providers would be. */
function replicas(paragraphs: string[]) {
  const a = statementDocFromParagraphs(paragraphs);
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  const sync = () => {
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  };
  return { a, b, sync };
}

const textOf = (doc: Y.Doc, paragraph = 0): Y.XmlText =>
  (doc.getXmlFragment(STATEMENT_FRAGMENT).get(paragraph) as Y.XmlElement).get(0) as Y.XmlText;

/** ProseMirror position of a character offset in the first paragraph (1 = its start). */
const at = (offset: number): number => 1 + offset;

describe('comment anchors', () => {
  const start = OPENING.indexOf('welcome');
  const end = OPENING.indexOf(' open');

  function threadOn(doc: Y.Doc) {
    return anchorFromRange(doc, at(start), at(end));
  }

  it('resolves to the commented text when created', () => {
    const { a } = replicas([OPENING]);
    expect(resolveAnchor(a, threadOn(a))).toMatchObject({ text: 'welcome this', orphaned: false });
  });

  it('follows edits from another replica before, inside and after the range', () => {
    const { a, b, sync } = replicas([OPENING]);
    const anchor = threadOn(a);
    textOf(b).insert(0, 'Thank you. ');
    sync();
    expect(resolveAnchor(a, anchor)?.text).toBe('welcome this');
    textOf(b).insert(textOf(b).toString().indexOf('this'), 'very much ');
    sync();
    expect(resolveAnchor(a, anchor)?.text).toBe('welcome very much this');
    textOf(b).insert(textOf(b).toString().indexOf(' open'), ' important');
    sync();
    expect(resolveAnchor(a, anchor)?.text).toBe('welcome very much this');
    expect(resolveAnchor(b, anchor)?.text).toBe('welcome very much this');
  });

  it('shrinks when part of the text is deleted and is orphaned when all of it is', () => {
    const { a, b, sync } = replicas([OPENING]);
    const anchor = threadOn(a);
    const text = textOf(b);
    text.delete(text.toString().indexOf('welcome'), 'welcome '.length);
    sync();
    expect(resolveAnchor(a, anchor)).toMatchObject({ text: 'this', orphaned: false });
    text.delete(text.toString().indexOf('this'), 'this'.length);
    sync();
    expect(resolveAnchor(a, anchor)).toMatchObject({ text: '', orphaned: true });
  });

  it('spans paragraphs', () => {
    const { a } = replicas([OPENING, 'I thank you.']);
    const anchor = anchorFromRange(a, at(start), OPENING.length + 2 + 1 + 'I thank'.length);
    expect(resolveAnchor(a, anchor)?.text).toBe('welcome this open debate.\nI thank');
  });

  it('refuses positions that belong to another document or are not anchors at all', () => {
    const { a } = replicas([OPENING]);
    const other = statementDocFromParagraphs([OPENING]);
    expect(resolveAnchor(a, threadOn(other))).toBeNull();
    expect(resolveAnchor(a, { start: 'not base64 at all!', end: '' })).toBeNull();
  });

  it('never loses a thread under seeded random concurrent edits', () => {
    const seed = Number(process.env.ANCHOR_SEED ?? Date.now() % 1_000_000);
    console.info(`comment anchor fuzz: ANCHOR_SEED=${seed}`);
    let state = seed;
    const random = (n: number): number => {
      state = (Math.imul(state ^ (state >>> 15), 2_246_822_507) + 0x6d2b79f5) | 0;
      return Math.abs(state) % n;
    };
    // The commented words are the only capitals, and edits only add lower case: every capital
    // still in the document must be inside the thread's range, in order.
    const commented = 'mr. president, we WELCOME THIS open debate.';
    const capitals = (text: string): string => text.replace(/[^A-Z]/g, '');
    for (let round = 0; round < 40; round += 1) {
      const { a, b, sync } = replicas([commented, 'viet nam supports regional organizations.']);
      const from = commented.indexOf('WELCOME');
      const anchor = anchorFromRange(a, at(from), at(from + 'WELCOME THIS'.length));
      for (let step = 0; step < 25; step += 1) {
        const text = textOf(random(2) === 0 ? a : b, random(2));
        const length = text.length;
        if (random(3) === 0 && length > 0)
          text.delete(random(length), 1 + random(Math.min(5, length)));
        else text.insert(random(length + 1), 'xy '.slice(0, 1 + random(3)));
        if (random(2) === 0) sync();
      }
      sync();
      const context = `ANCHOR_SEED=${seed}, round ${round}`;
      const resolved = resolveAnchor(a, anchor);
      expect(resolved, context).not.toBeNull();
      expect(resolveAnchor(b, anchor), context).toEqual(resolved);
      const whole = [0, 1].map((p) => textOf(a, p).toString()).join('\n');
      expect(capitals(resolved!.text), context).toBe(capitals(whole));
      expect(resolved!.orphaned, context).toBe(resolved!.text.trim() === '');
    }
  });
});
