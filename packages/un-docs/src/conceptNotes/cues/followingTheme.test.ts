import { describe, expect, it } from 'vitest';
import { toNoteLayout } from '../layout/NoteLayout.js';
import {
  followingThemeInSentence,
  followingThemeLine,
  isFollowingThemeAlone,
} from './followingTheme.js';
import { subjectOf } from './subjectOf.js';

describe('FOLLOWING_THEME (round t41b)', () => {
  it.each([
    [
      "la présidence somalienne du Conseil de sécurité tiendra, le mardi 12 octobre 2027 à 10 heures, un débat public consacré au thème suivant : La résilience climatique et la prévention des conflits dans la Corne de l'Afrique.",
      "La résilience climatique et la prévention des conflits dans la Corne de l'Afrique",
    ],
    [
      'the Presidency will convene an open debate on the following theme: Protecting humanitarian workers in armed conflict.',
      'Protecting humanitarian workers in armed conflict',
    ],
    [
      'la Presidencia celebrará un debate abierto sobre el siguiente tema: La seguridad alimentaria y los conflictos armados.',
      'La seguridad alimentaria y los conflictos armados',
    ],
    [
      'la Presidencia organizará una reunión informativa sobre el tema siguiente: Los jóvenes y la paz.',
      'Los jóvenes y la paz',
    ],
  ])('skips the words that announce the theme after a colon: %s', (sentence, subject) => {
    expect(subjectOf(sentence, false)).toBe(subject);
  });

  it('keeps a subject that only mentions a theme', () => {
    expect(
      subjectOf(
        'the Council will hold an open debate on the following up of resolution 2250.',
        false,
      ),
    ).toBe('the following up of resolution 2250');
  });

  it.each([
    [
      'The Presidency will convene an open debate on the following theme:\n\n“Protecting humanitarian workers in armed conflict”\n\nThe debate will be chaired by the Minister.',
      'Protecting humanitarian workers in armed conflict',
    ],
    [
      'el Consejo de Seguridad celebrará un debate abierto sobre el siguiente tema:\n\nLa seguridad hídrica y la prevención de conflictos.\n\nA fin de orientar el debate, el Ecuador ha preparado la nota conceptual adjunta.',
      'La seguridad hídrica y la prevención de conflictos',
    ],
  ])('reads the theme set on the line after the colon: %s', (text, theme) => {
    expect(followingThemeLine(toNoteLayout(text)).map(({ value }) => value)).toEqual([theme]);
    expect(isFollowingThemeAlone('el siguiente tema:')).toBe(true);
    expect(isFollowingThemeAlone('the following theme')).toBe(true);
  });
});

describe('followingThemeInSentence (round t43b)', () => {
  const themes = (text: string) =>
    followingThemeInSentence(toNoteLayout(text)).map(({ value }) => value);

  it.each([
    [
      'The 70th session of the Commission will take place in New York in March 2031 and will consider the following priority theme: Decent work for older persons: closing the gaps in social protection.',
      'Decent work for older persons: closing the gaps in social protection',
    ],
    [
      'La Commission examinera le thème prioritaire suivant : Le logement abordable et la lutte contre le sans-abrisme.',
      'Le logement abordable et la lutte contre le sans-abrisme',
    ],
    [
      'El foro regional abordará el siguiente tema: Agua y saneamiento para las ciudades del mañana.',
      'Agua y saneamiento para las ciudades del mañana',
    ],
  ])('reads the theme after the colon in the same sentence: %s', (text, theme) => {
    expect(themes(text)).toEqual([theme]);
  });

  it('reads no list of themes, no question put to participants, no theme on the next line', () => {
    expect(
      themes('The workshop will cover the following themes: water, energy and food security.'),
    ).toEqual([]);
    expect(
      themes(
        'Les intervenants sont priés de répondre à la question suivante : Quel rôle pour les jeunes dans la médiation ?',
      ),
    ).toEqual([]);
    expect(themes('The panel will discuss the following theme:\n\nOceans and climate.')).toEqual(
      [],
    );
  });
});
