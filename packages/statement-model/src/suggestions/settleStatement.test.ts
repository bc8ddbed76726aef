import { prosemirrorJSONToYDoc } from '@tiptap/y-tiptap';
import { describe, expect, it } from 'vitest';
import { STATEMENT_FRAGMENT } from '../statementExtensions.js';
import { statementSchema } from '../statementSchema.js';
import { statementNode, statementText } from '../statementText.js';
import { settleStatement } from './settleStatement.js';
import { suggestionsIn } from './suggestionList.js';

const by = (id: string, authorId: string) => ({ id, authorId, createdAt: '2026-12-04' });

function statement() {
  return prosemirrorJSONToYDoc(
    statementSchema(),
    {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'We ' },
            {
              type: 'text',
              text: 'welcome',
              marks: [{ type: 'suggestionDelete', attrs: by('a', 'u1') }],
            },
            {
              type: 'text',
              text: 'note',
              marks: [{ type: 'suggestionInsert', attrs: by('a', 'u1') }],
            },
            { type: 'text', text: ' the ' },
            {
              type: 'text',
              text: 'new ',
              marks: [{ type: 'suggestionInsert', attrs: by('b', 'u2') }],
            },
            { type: 'text', text: 'report.' },
          ],
        },
      ],
    },
    STATEMENT_FRAGMENT,
  );
}

describe('settleStatement', () => {
  it('accepts one person’s suggestions in the Y.Doc and leaves the others', () => {
    const doc = statement();
    expect(settleStatement(doc, 'accept', (s) => s.authorId === 'u1')).toBe(1);
    // Reads without the suggestion still open, and with it accepted.
    expect(statementText(doc)).toBe('We note the report.');
    expect(statementText(doc, 'accepted')).toBe('We note the new report.');
    expect(suggestionsIn(statementNode(doc)).map((s) => s.id)).toEqual(['b']);
  });

  it('rejects every suggestion', () => {
    const doc = statement();
    expect(settleStatement(doc, 'reject')).toBe(2);
    expect(statementText(doc)).toBe('We welcome the report.');
  });
});
