import { Transform } from '@tiptap/pm/transform';
import { describe, expect, it } from 'vitest';
import { statementSchema } from '../statementSchema.js';
import { settledDoc, settleSuggestions, suggestionsIn } from './suggestionList.js';
import { blockText } from './suggestionReading.js';

const by = (id: string, authorId = 'u1') => ({ id, authorId, createdAt: '2026-12-04T10:00:00Z' });

function doc() {
  return statementSchema().nodeFromJSON({
    type: 'doc',
    content: [
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'We ' },
          { type: 'text', text: 'welcome', marks: [{ type: 'suggestionDelete', attrs: by('s1') }] },
          { type: 'text', text: 'note', marks: [{ type: 'suggestionInsert', attrs: by('s1') }] },
          { type: 'text', text: ' the ' },
          {
            type: 'text',
            text: 'new ',
            marks: [{ type: 'suggestionInsert', attrs: by('s2', 'u2') }],
          },
          { type: 'text', text: 'report.' },
        ],
      },
    ],
  });
}

describe('suggestionsIn', () => {
  it('groups a replacement into one suggestion with both parts', () => {
    const [first, second] = suggestionsIn(doc());
    expect(first).toMatchObject({ id: 's1', authorId: 'u1', deleted: 'welcome', inserted: 'note' });
    expect(first?.ranges.map((r) => r.kind)).toEqual(['delete', 'insert']);
    expect(second).toMatchObject({ id: 's2', authorId: 'u2', inserted: 'new ', deleted: '' });
  });
});

describe('settleSuggestions', () => {
  it('accepting all gives the suggested text, rejecting all the original', () => {
    expect(settledDoc(doc(), 'accept').textContent).toBe('We note the new report.');
    expect(settledDoc(doc(), 'reject').textContent).toBe('We welcome the report.');
  });

  it('settles only the chosen suggestions and leaves the others marked', () => {
    const tr = new Transform(doc());
    expect(settleSuggestions(tr, 'accept', (s) => s.authorId === 'u2')).toBe(1);
    expect(tr.doc.textContent).toBe('We welcomenote the new report.');
    expect(suggestionsIn(tr.doc).map((s) => s.id)).toEqual(['s1']);
  });
});

describe('blockText', () => {
  it('reads a paragraph as it stands and as if every suggestion were accepted', () => {
    const paragraph = doc().firstChild!;
    expect(blockText(paragraph)).toBe('We welcome the report.');
    expect(blockText(paragraph, 'accepted')).toBe('We note the new report.');
  });
});
