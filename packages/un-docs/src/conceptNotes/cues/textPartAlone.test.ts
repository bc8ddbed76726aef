import { describe, expect, it } from 'vitest';
import { toNoteLayout } from '../layout/NoteLayout.js';
import { themeCandidates } from './themeCues.js';
import { namesTextPartAlone } from './titleTextTail.js';

const themes = (text: string): string[] =>
  themeCandidates(toNoteLayout(text)).map(({ value }) => value);

describe('namesTextPartAlone (round t42b)', () => {
  it.each([
    'the questions put to delegations',
    'Guiding questions',
    'les questions posées aux délégations',
    'las preguntas orientadoras para las delegaciones',
    'Questions for the panel',
    'note de cadrage',
  ])('names what the page holds: %s', (value) => {
    expect(namesTextPartAlone(value)).toBe(true);
  });

  it.each([
    'the question of Palestine',
    'Questions of sovereignty in the Arctic',
    'Cuestiones de género en la gobernanza del agua',
    'questions relating to refugees and displaced persons',
  ])('leaves a subject that opens on a question: %s', (value) => {
    expect(namesTextPartAlone(value)).toBe(false);
  });

  it('gives no theme for a headline naming the kind and the questions', () => {
    const text =
      'Diálogo interactivo: las preguntas sometidas a las delegaciones\n\nEl Consejo celebrará durante su próximo período de sesiones un diálogo interactivo cuya nota conceptual acaba de publicarse.';
    expect(themes(text)).not.toContain('las preguntas sometidas a las delegaciones');
  });
});
