import { describe, expect, it } from 'vitest';
import { contentDispositionName } from './contentDispositionName';

describe('contentDispositionName', () => {
  it('prefers the UTF-8 name, which keeps non-ASCII letters', () => {
    expect(
      contentDispositionName(
        `attachment; filename="Statement of Cote d'Ivoire.docx"; filename*=UTF-8''Statement%20of%20C%C3%B4te%20d%E2%80%99Ivoire.docx`,
      ),
    ).toBe('Statement of Côte d’Ivoire.docx');
  });

  it('reads quoted and bare plain names', () => {
    expect(contentDispositionName('attachment; filename="Viet Nam.pdf"')).toBe('Viet Nam.pdf');
    expect(contentDispositionName('attachment; filename=statement.md')).toBe('statement.md');
    expect(contentDispositionName('attachment; filename="say \\"hello\\".txt"')).toBe(
      'say "hello".txt',
    );
  });

  it('never returns a path, and null when there is no name', () => {
    expect(contentDispositionName('attachment; filename="../../etc/passwd"')).toBe('passwd');
    expect(contentDispositionName('attachment')).toBeNull();
    expect(contentDispositionName(null)).toBeNull();
  });
});
