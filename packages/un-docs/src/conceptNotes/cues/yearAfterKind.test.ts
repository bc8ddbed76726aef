import { describe, expect, it } from 'vitest';
import { toNoteLayout } from '../layout/NoteLayout.js';
import { themeIs } from './themeFieldCues.js';

const themes = (text: string): string[] => themeIs(toNoteLayout(text)).map(({ value }) => value);

describe('YEAR_AFTER_KIND (round t42b)', () => {
  it.each([
    [
      'The theme of the general debate this year is "Rebuilding trust in multilateral action".',
      'Rebuilding trust in multilateral action',
    ],
    [
      'Le thème du débat général de cette année sera « Agir ensemble pour les océans ».',
      'Agir ensemble pour les océans',
    ],
    [
      'El tema del foro anual de este año es "La juventud frente a la crisis climática".',
      'La juventud frente a la crisis climática',
    ],
    [
      'The theme of the forum for 2028 will be "Financing resilient cities".',
      'Financing resilient cities',
    ],
    [
      'El tema del debate temático es "Agua y paz en las regiones áridas".',
      'Agua y paz en las regiones áridas',
    ],
  ])(
    'reads the theme of a meeting named with a word or a year after its kind: %s',
    (text, theme) => {
      expect(themes(text)).toEqual([theme]);
    },
  );

  it.each([
    'The theme of the debate that was held in Geneva was "Water for all".',
    'The theme of the session which opens tomorrow is set by the President.',
  ])('reads nothing past a relative pronoun after the kind: %s', (text) => {
    expect(themes(text)).toEqual([]);
  });
});
