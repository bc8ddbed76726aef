import { statementSchema } from '@plenary/statement-model';
import { describe, expect, it } from 'vitest';
import { draftParagraphsOf, excerptOf, paragraphAt } from './draftParagraphs';

const doc = statementSchema().nodeFromJSON({
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'Mr. President,' }] },
    { type: 'paragraph', attrs: { points: ['12(a)'] } },
    {
      type: 'bulletList',
      content: [
        {
          type: 'listItem',
          content: [
            {
              type: 'paragraph',
              attrs: { points: ['12(b)', 42] },
              content: [{ type: 'text', text: 'Dialogue first.' }],
            },
          ],
        },
      ],
    },
  ],
});

describe('draftParagraphsOf', () => {
  it('reads every text block in order, list items included, with defensive tags', () => {
    const paragraphs = draftParagraphsOf(doc);
    expect(
      paragraphs.map(({ id, number, text, points }) => ({ id, number, text, points })),
    ).toEqual([
      { id: 'p0', number: 1, text: 'Mr. President,', points: [] },
      { id: 'p1', number: 2, text: '', points: ['12(a)'] },
      { id: 'p2', number: 3, text: 'Dialogue first.', points: ['12(b)'] },
    ]);
    expect(paragraphs.every((paragraph) => paragraph.taggable)).toBe(true);
  });

  it('finds the paragraph holding a position, and none outside the text', () => {
    const paragraphs = draftParagraphsOf(doc);
    const third = paragraphs[2]!;
    expect(paragraphAt(paragraphs, doc, third.pos + 3)?.id).toBe('p2');
    expect(paragraphAt(paragraphs, doc, 0)).toBeNull();
    expect(paragraphAt(paragraphs, doc, doc.content.size + 5)).toBeNull();
  });
});

describe('excerptOf', () => {
  it('keeps short text and cuts long text at a word', () => {
    expect(excerptOf('  Mr.   President, ')).toBe('Mr. President,');
    expect(excerptOf('Early warning saves lives only when it leads to early action.', 30)).toBe(
      'Early warning saves lives only…',
    );
  });
});
