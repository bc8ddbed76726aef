import { describe, expect, it } from 'vitest';
import type { NoteSentence } from '../NoteText.js';
import { weekdayOfTextDate } from './weekdayOfTextDate.js';

function sentences(...texts: string[]): NoteSentence[] {
  return texts.map((text, block) => ({ text, block }));
}

describe('weekdayOfTextDate', () => {
  it("dates a meeting named on the weekday of the item's own stamp", () => {
    const text = sentences(
      'Actualizado 27/05/2013 10:27',
      'La sesión comenzará este lunes en Ginebra.',
    );
    expect(weekdayOfTextDate(text, text)?.date).toBe('2013-05-27');
  });

  it('leaves another weekday undated, since which week it means is a guess', () => {
    const text = sentences('Posted 03/03/2025 07:40', 'The session will open this Thursday.');
    expect(weekdayOfTextDate(text, text)).toBeNull();
  });

  it("dates a body's verb of meeting on the stamp's weekday, not a meeting with a person", () => {
    const text = sentences(
      'Publicado 06/03/2027 08:15',
      'La Asamblea General se reunirá este sábado para examinar la crisis.',
    );
    expect(weekdayOfTextDate(text, text)?.date).toBe('2027-03-06');
    const visit = sentences(
      'Publicado 06/03/2027 08:15',
      'La ministra se reunirá con el Secretario General este sábado.',
    );
    expect(weekdayOfTextDate(visit, visit)).toBeNull();
  });
});
