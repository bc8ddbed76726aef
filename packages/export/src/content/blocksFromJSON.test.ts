import { statementSchema } from '@plenary/statement-model';
import { describe, expect, it } from 'vitest';
import type { ProseMirrorJSON } from '../model/StatementExport.js';
import {
  bold,
  citation,
  doc,
  hardBreak,
  heading,
  link,
  paragraph,
  text,
} from '../fixtures/makeStatement.js';
import { RICH_CONTENT } from '../fixtures/richStatement.js';
import { blocksFromJSON } from './blocksFromJSON.js';

function withoutCitations(node: ProseMirrorJSON): ProseMirrorJSON {
  return {
    ...node,
    ...(node.marks ? { marks: node.marks.filter((mark) => mark.type !== 'citation') } : {}),
    ...(node.content ? { content: node.content.map(withoutCitations) } : {}),
  };
}

describe('blocksFromJSON', () => {
  it('reads the test statement, which the editor schema accepts (citation marks aside)', () => {
    expect(() =>
      statementSchema().nodeFromJSON(withoutCitations(RICH_CONTENT)).check(),
    ).not.toThrow();
    const kinds = blocksFromJSON(RICH_CONTENT).map((block) => block.kind);
    expect(kinds).toEqual([
      'paragraph',
      'paragraph',
      'heading',
      'paragraph',
      'quote',
      'list',
      'list',
      'heading',
      'paragraph',
    ]);
  });

  it('keeps marks, links and hard breaks as runs', () => {
    const [block] = blocksFromJSON(
      doc(paragraph(text('Côte d’Ivoire', bold), hardBreak(), text('UN', link('https://un.org')))),
    );
    expect(block).toEqual({
      kind: 'paragraph',
      inlines: [
        expect.objectContaining({ text: 'Côte d’Ivoire', bold: true, italic: false, href: null }),
        { kind: 'break' },
        expect.objectContaining({ text: 'UN', bold: false, href: 'https://un.org' }),
      ],
    });
  });

  it('drops links that are not http(s) or mailto', () => {
    const [block] = blocksFromJSON(doc(paragraph(text('x', link('javascript:alert(1)')))));
    expect(block).toMatchObject({ inlines: [{ text: 'x', href: null }] });
  });

  it('ignores unknown attributes and marks, and renders unknown nodes by their content', () => {
    const json = doc(
      {
        type: 'paragraph',
        attrs: { points: ['12(a)'] },
        content: [text('Tagged', { type: 'highlight' })],
      },
      { type: 'statementHeader', content: [paragraph('Header line')] },
      { type: 'callout', content: [text('Inline only')] },
      { type: 'horizontalRule' },
    );
    expect(blocksFromJSON(json)).toEqual([
      { kind: 'paragraph', inlines: [expect.objectContaining({ text: 'Tagged', bold: false })] },
      { kind: 'paragraph', inlines: [expect.objectContaining({ text: 'Header line' })] },
      { kind: 'paragraph', inlines: [expect.objectContaining({ text: 'Inline only' })] },
    ]);
  });

  it('puts one note after the last run of a cited stretch', () => {
    const cite = citation({ symbol: 'S/2011/552', paragraph: 12 });
    const [block] = blocksFromJSON(
      doc(paragraph(text('prevention ', cite), text('works', cite, bold), text('.'))),
    );
    const notes =
      block?.kind === 'paragraph' ? block.inlines.map((i) => i.kind === 'text' && i.note) : [];
    expect(notes).toEqual([null, 'S/2011/552, para. 12', null]);
  });

  it('skips empty paragraphs, empty headings and breaks at paragraph edges', () => {
    const json = doc(paragraph(), heading(1), paragraph(hardBreak(), 'Text', hardBreak()));
    expect(blocksFromJSON(json)).toEqual([
      { kind: 'paragraph', inlines: [expect.objectContaining({ text: 'Text' })] },
    ]);
  });

  it('reads an empty document as no blocks', () => {
    expect(blocksFromJSON({ type: 'doc', content: [] })).toEqual([]);
    expect(blocksFromJSON({ type: 'doc' })).toEqual([]);
  });
});
