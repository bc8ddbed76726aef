import { describe, expect, it } from 'vitest';
import { makeCompilation } from '../fixtures/makeCompilation.js';
import { makeDebate, makeStatement } from '../fixtures/makeStatement.js';
import { compilationFileName, exportFileName } from './exportFileName.js';

describe('exportFileName', () => {
  it('is ASCII, dated, and marks joint statements and later revisions', () => {
    expect(exportFileName(makeStatement(), 'docx')).toBe('Viet-Nam-statement-2021-04-19.docx');
    const joint = makeStatement({ delegations: ['Côte d’Ivoire', 'Türkiye'], revision: 2 });
    expect(exportFileName(joint, '.pdf')).toBe(
      'Cote-d-Ivoire-Turkiye-joint-statement-2021-04-19-rev2.pdf',
    );
  });

  it('leaves out an unknown date', () => {
    const statement = makeStatement({ debate: makeDebate({ meetingDate: null }) });
    expect(exportFileName(statement, 'md')).toBe('Viet-Nam-statement.md');
  });

  it('names a compilation after its meeting', () => {
    expect(compilationFileName(makeCompilation(), 'pdf')).toBe(
      'Compilation-Security-Council-open-debate-2021-04-19.pdf',
    );
  });
});
