import { describe, expect, it } from 'vitest';
import { DocumentReadError } from '../errors/DocumentReadError.js';
import { corpusNotes } from '../fixtures/corpus.js';
import { scoreNote } from '../fixtures/scoreNote.js';
import { importDocument } from '../importDocument.js';

// The tuning corpus (packages/un-docs/fixtures/corpus): every note imported from its file as
// an organizer would, compared field by field with what a careful reader takes from it. The
// score is printed for docs/importing.md; every note must be fully right. A text expected to be
// refused (`{ "refused": true }`) counts as one field, right when the import refuses it; so does a
// text expected to be read as a report (`{ "kind": "report" }`), right when it is.

const notes = corpusNotes();
const results: { fileName: string; right: number; total: number }[] = [];

describe('the concept-note corpus, field by field', () => {
  it('holds at least 25 notes, three of them in French and three in Spanish', () => {
    expect(notes.length).toBeGreaterThanOrEqual(25);
    expect(notes.filter((note) => note.name.startsWith('fr-')).length).toBeGreaterThanOrEqual(3);
    expect(notes.filter((note) => note.name.startsWith('es-')).length).toBeGreaterThanOrEqual(3);
  });

  for (const note of notes.filter((note) => note.refused)) {
    it(`refuses ${note.fileName}`, async () => {
      await expect(importDocument(note.bytes, { fileName: note.fileName })).rejects.toBeInstanceOf(
        DocumentReadError,
      );
      results.push({ fileName: note.fileName, right: 1, total: 1 });
    });
  }

  for (const note of notes.filter((note) => note.report)) {
    it(`reads ${note.fileName} as a report`, async () => {
      const { document } = await importDocument(note.bytes, { fileName: note.fileName });
      expect(document.kind).toBe('report');
      results.push({ fileName: note.fileName, right: 1, total: 1 });
    });
  }

  for (const note of notes.filter((note) => !note.refused && !note.report)) {
    it(`reads ${note.fileName}`, async () => {
      const { document } = await importDocument(note.bytes, { fileName: note.fileName });
      expect(document.kind).toBe('concept-note');
      const score = scoreNote(note.expected, { ...document });
      results.push({ fileName: note.fileName, right: score.right, total: score.total });
      expect(score.wrong).toEqual([]);
    });
  }

  it('prints the corpus score', () => {
    const full = results.filter((result) => result.right === result.total).length;
    const right = results.reduce((sum, result) => sum + result.right, 0);
    const total = results.reduce((sum, result) => sum + result.total, 0);
    process.stdout.write(
      `concept-note corpus: ${full}/${notes.length} notes fully right; ${right}/${total} fields (${((100 * right) / Math.max(1, total)).toFixed(1)} %)\n`,
    );
    expect(results.length).toBe(notes.length);
  });
});
