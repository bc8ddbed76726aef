import { describe, expect, it } from 'vitest';
import type { ConceptNote } from '../conceptNotes/ConceptNote.js';
import { parseDocument } from '../parseDocument.js';
import { foldTraditional, inTraditionalScript, traditionalOf } from './foldTraditional.js';

// Round t43c: Chinese in traditional characters is read by the Chinese cues, in its own script.
describe('Chinese in traditional characters', () => {
  it.each([
    [
      '聯合國安理會將於週三舉行公開辯論會，主題為「加強非洲和平與安全能力建設」。',
      'Security Council',
    ],
    ['聯合國大會第80屆會議將於9月9日在紐約聯合國總部開幕。', 'General Assembly'],
  ])('reads %s as a note, its body by the Chinese vocabulary', (text, body) => {
    const note = parseDocument(text) as ConceptNote;
    expect(note.kind).toBe('concept-note');
    expect(note.body).toBe(body);
  });

  it('gives back what it reads in the characters the text printed', () => {
    const note = parseDocument(
      '聯合國安理會將於週三舉行公開辯論會，主題為「加強非洲和平與安全能力建設」。',
    ) as ConceptNote;
    expect(note.theme).toBe('加強非洲和平與安全能力建設');
  });

  it('folds one character for one, in place', () => {
    const text = '第71屆聯合國大會會議今天將在紐約召開';
    expect(foldTraditional(text)).toBe('第71届联合国大会会议今天将在纽约召开');
    expect(foldTraditional(text)).toHaveLength(text.length);
    expect(traditionalOf(text)('联合国大会')).toBe('聯合國大會');
  });

  it.each([
    // Simplified, with one character written in both scripts (`于`, `於`).
    '联合国大会将于九月举行会议，於此期间各国代表发言。',
    // No Chinese at all.
    'The General Assembly will hold its general debate on 23 September.',
  ])('leaves %s as written', (text) => {
    expect(inTraditionalScript(text)).toBe(false);
  });
});
