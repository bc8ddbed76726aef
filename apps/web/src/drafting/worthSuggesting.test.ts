import { describe, expect, it } from 'vitest';
import type { DraftParagraph } from './draftParagraphs';
import { inNoteOrder } from './findPoint';
import { worthSuggesting } from './worthSuggesting';

const paragraph = (number: number, text: string): DraftParagraph => ({
  id: `p${number - 1}`,
  number,
  pos: number * 10,
  text,
  acceptedText: text,
  points: [],
  taggable: true,
});

const suggest = (id: string) => ({ paragraphId: id, suggestions: [{ label: '12(e)', score: 3 }] });

describe('worthSuggesting', () => {
  const statement = [
    paragraph(
      1,
      'Statement by the delegation of Viet Nam at the open debate on regional organizations',
    ),
    paragraph(2, 'New York, 19 April 2021'),
    paragraph(3, 'Madam President,'),
    paragraph(
      4,
      'Regional organizations should enhance cooperation among themselves on early warning.',
    ),
    paragraph(5, 'New challenges ahead.'),
  ];

  it('leaves out the header before the salutation and one-line remarks', () => {
    const all = statement.map((p) => suggest(p.id));
    expect(worthSuggesting(all, statement).map((s) => s.paragraphId)).toEqual(['p3']);
  });

  it('reads a statement without a salutation from its first paragraph', () => {
    const body = [statement[3]!];
    expect(worthSuggesting([suggest('p3')], body)).toHaveLength(1);
  });
});

describe('inNoteOrder', () => {
  it('orders tags as the note does, unknown ones last', () => {
    const points = ['12(a)', '12(b)', '12(c)'].map((label) => ({ label, text: '' }));
    expect(inNoteOrder(['99(z)', '12(c)', '12 (a)'], points)).toEqual(['12 (a)', '12(c)', '99(z)']);
  });
});
