import { describe, expect, it } from 'vitest';
import { docxParagraphs, readDocxParts } from '../fixtures/readDocx.js';
import { doc, makeStatement, paragraph, text } from '../fixtures/makeStatement.js';
import { renderDocx } from './renderDocx.js';

const by = (type: 'suggestionInsert' | 'suggestionDelete', id: string) => ({
  type,
  attrs: { id, authorId: 'u-amina', createdAt: '2026-12-04T10:15:30.123Z' },
});

const suggested = () =>
  makeStatement({
    content: doc(
      paragraph('Mr. President,'),
      paragraph(
        'We ',
        text('welcome', by('suggestionDelete', 's1')),
        text('take note of', by('suggestionInsert', 's1')),
        ' the report.',
      ),
    ),
  });

describe('renderDocx with suggestions', () => {
  it('writes suggestions as Word tracked changes with the author and date', async () => {
    const bytes = await renderDocx({
      ...suggested(),
      suggestions: { authors: { 'u-amina': 'Amina Diallo' } },
    });
    const { document } = await readDocxParts(bytes);
    expect(document).toMatch(
      /<w:del w:id="\d+" w:author="Amina Diallo" w:date="2026-12-04T10:15:30Z"><w:r>.*<w:delText[^>]*>welcome<\/w:delText>/,
    );
    expect(document).toMatch(
      /<w:ins w:id="\d+" w:author="Amina Diallo" w:date="2026-12-04T10:15:30Z"><w:r>.*<w:t[^>]*>take note of<\/w:t>/,
    );
  });

  it('leaves suggestions out of the clean export', async () => {
    const bytes = await renderDocx(suggested());
    const { document } = await readDocxParts(bytes);
    expect(document).not.toContain('<w:ins');
    expect(document).not.toContain('<w:del ');
    expect(await docxParagraphs(bytes)).toContain('We welcome the report.');
  });
});
