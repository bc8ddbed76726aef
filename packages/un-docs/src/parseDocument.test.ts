import { describe, expect, it } from 'vitest';
import { DocumentReadError } from './errors/DocumentReadError.js';
import { corpusNotes, readCorpusText } from './fixtures/corpus.js';
import { readSample } from './fixtures/samples.js';
import { parseDocument } from './parseDocument.js';

describe('parseDocument decides the kind from the content', () => {
  it('reads sample 000 as a concept note although it has numbered paragraphs', () => {
    expect(parseDocument(readSample('conceptNote')).kind).toBe('concept-note');
  });

  it('reads samples 001, 002 and 004 as reports', () => {
    expect(parseDocument(readSample('regionalPartnershipReport')).kind).toBe('report');
    expect(parseDocument(readSample('preventiveDiplomacyReport')).kind).toBe('report');
    expect(parseDocument(readSample('regionalCooperationReport')).kind).toBe('report');
  });

  it('reads every text note of the corpus as a concept note', () => {
    for (const { fileName } of corpusNotes().filter((note) =>
      /\.(?:txt|md)$/.test(note.fileName),
    )) {
      expect(parseDocument(readCorpusText(fileName)).kind, fileName).toBe('concept-note');
    }
  });

  it('refuses the training-programme article (sample 003) instead of inventing a structure', () => {
    expect(() => parseDocument(readSample('trainingArticle'))).toThrowError(
      expect.objectContaining({ code: 'document.no_structure' }) as Error,
    );
  });

  it('refuses text with no recognizable structure', () => {
    let error: unknown;
    try {
      parseDocument('Shopping list\n\nMilk, bread and eggs. Call the plumber on Tuesday.');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DocumentReadError);
    expect((error as DocumentReadError).code).toBe('document.no_structure');
    expect((error as DocumentReadError).message).toMatch(/concept note or a UN report/);
  });
});
