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
    for (const { fileName } of corpusNotes().filter(
      (note) => !note.refused && /\.(?:txt|md)$/.test(note.fileName),
    )) {
      expect(parseDocument(readCorpusText(fileName)).kind, fileName).toBe('concept-note');
    }
  });

  it('refuses the training-programme article (sample 003) instead of inventing a structure', () => {
    expect(() => parseDocument(readSample('trainingArticle'))).toThrowError(
      expect.objectContaining({ code: 'document.no_structure' }) as Error,
    );
  });

  it('imports a news item quoting the questions as a partial note that says what to fill in', () => {
    const note = parseDocument(readCorpusText('news-item-quoted-questions.txt'));
    if (note.kind !== 'concept-note') throw new Error('read as a report');
    expect(note.discussionPoints).toHaveLength(3);
    expect(note.meetingDate).toBeNull();
    expect(note.missing).toEqual(['theme', 'body', 'meetingDate', 'meetingTime', 'format']);
    expect(note.notice).toBe(
      'No meeting header was found, so only the discussion points were read. Fill in the theme, body, date, time and format before confirming.',
    );
  });

  it('imports a dated meeting in a known format without questions, with no notice', () => {
    const note = parseDocument(
      'The President of the General Assembly will convene a plenary meeting on Friday, 20 March 2026, at 10 a.m.',
    );
    if (note.kind !== 'concept-note') throw new Error('read as a report');
    expect(note).toMatchObject({
      meetingDate: '2026-03-20',
      format: 'plenary meeting',
      convener: 'the President of the General Assembly',
      notice: null,
    });
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
