import { describe, expect, it } from 'vitest';
import { toNoteLayout } from '../layout/NoteLayout.js';
import { quotedThenTheme } from './quotedThenTheme.js';

const themes = (text: string): string[] =>
  quotedThenTheme(toNoteLayout(text)).map(({ value }) => value);

describe('quotedThenTheme (round t42b)', () => {
  it.each([
    [
      '“Oceans, climate and coastal livelihoods” is the theme for this year.',
      'Oceans, climate and coastal livelihoods',
    ],
    [
      '"Youth, peace and security in cities" will be the overall theme of the annual forum.',
      'Youth, peace and security in cities',
    ],
    [
      '« La justice transitionnelle au service des victimes » sera le thème de la réunion-débat de cette année.',
      'La justice transitionnelle au service des victimes',
    ],
    [
      '«Agua, paz y cooperación transfronteriza» es el tema del diálogo de este año.',
      'Agua, paz y cooperación transfronteriza',
    ],
  ])('reads a quotation named the theme after it: %s', (text, theme) => {
    expect(themes(text)).toEqual([theme]);
  });

  it.each([
    '“Water for all” is one of the themes the panel may take up.',
    'The delegation said that “water for all” is the theme it cares most about in the region.',
    '« Femmes et paix » est le sous-thème de la session.',
  ])('reads nothing where the quotation is not named the theme: %s', (text) => {
    expect(themes(text)).toEqual([]);
  });
});
