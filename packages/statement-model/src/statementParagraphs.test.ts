import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { STATEMENT_FRAGMENT } from './statementExtensions.js';
import { statementParagraphs } from './statementParagraphs.js';
import { statementDocFromParagraphs } from './statementText.js';

const block = (doc: Y.Doc, index: number): Y.XmlElement =>
  doc.getXmlFragment(STATEMENT_FRAGMENT).get(index) as Y.XmlElement;

describe('discussion-point tags', () => {
  it('reads tags from the paragraph attribute and ignores junk from older documents', () => {
    const doc = statementDocFromParagraphs([
      'Mr. President,',
      'Early warning matters.',
      'Other text.',
    ]);
    block(doc, 1).setAttribute('points', ['12(a)', '12(e)'] as unknown as string);
    block(doc, 2).setAttribute('points', 'not a list' as string);
    expect(statementParagraphs(doc)).toMatchObject([
      { id: 'p0', text: 'Mr. President,', points: [] },
      { id: 'p1', text: 'Early warning matters.', points: ['12(a)', '12(e)'] },
      { id: 'p2', text: 'Other text.', points: [] },
    ]);
  });

  it('keeps a concurrent tag and a concurrent text edit of the same paragraph', () => {
    const a = statementDocFromParagraphs(['Early warning matters.']);
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    block(a, 0).setAttribute('points', ['12(a)'] as unknown as string);
    (block(b, 0).get(0) as Y.XmlText).insert(0, 'Indeed, ');
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
    for (const doc of [a, b]) {
      expect(statementParagraphs(doc)).toMatchObject([
        { id: 'p0', text: 'Indeed, Early warning matters.', points: ['12(a)'] },
      ]);
    }
  });

  it('reads written-only paragraphs as not spoken', () => {
    const doc = statementDocFromParagraphs(['Mr. President,', 'Read out.', 'Annex.']);
    block(doc, 2).setAttribute('written', true as unknown as string);
    expect(statementParagraphs(doc).map((p) => [p.delivery, p.spoken])).toEqual([
      ['spoken', true],
      ['spoken', true],
      ['written', false],
    ]);
  });
});
