import { describe, expect, it } from 'vitest';
import { toNoteLayout } from '../layout/NoteLayout.js';
import { onTheTheme } from './quotedThemeCues.js';

const read = (text: string) =>
  onTheTheme(toNoteLayout(text)).map(({ value, confidence }) => [value, confidence]);

describe('subTheme (round t42b)', () => {
  it.each([
    [
      'The high-level meeting, under the sub-theme “Financing the transition in small island States”, will convene ministers.',
      'Financing the transition in small island States',
    ],
    [
      'Avec pour sous-thème « la mobilisation des ressources intérieures », la réunion réunira les ministres.',
      'la mobilisation des ressources intérieures',
    ],
    [
      'El foro, con el sub-tema «Juventud y empleo digno», se celebrará en mayo.',
      'Juventud y empleo digno',
    ],
  ])('keeps a sub-theme only as a weak candidate: %s', (text, value) => {
    expect(read(text)).toEqual([[value, 0.45]]);
  });

  it('still reads a theme named as such at its usual confidence', () => {
    expect(
      read('The Council will hold an open debate on the theme “Water and peace in the Sahel”.'),
    ).toEqual([['Water and peace in the Sahel', 0.9]]);
  });
});
