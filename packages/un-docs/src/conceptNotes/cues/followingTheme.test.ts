import { describe, expect, it } from 'vitest';
import { toNoteLayout } from '../layout/NoteLayout.js';
import { followingThemeLine, isFollowingThemeAlone } from './followingTheme.js';
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
