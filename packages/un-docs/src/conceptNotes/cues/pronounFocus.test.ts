import { describe, expect, it } from 'vitest';
import { toNoteLayout } from '../layout/NoteLayout.js';
import { pronounFocus } from './pronounFocus.js';

const themes = (text: string) => pronounFocus(toNoteLayout(text)).map(({ value }) => value);

describe('pronounFocus (round t43b)', () => {
  it.each([
    [
      'The next annual panel of the Council will be held on 4 March 2031 in Geneva. It will focus on older persons and the right to housing.',
      'older persons and the right to housing',
    ],
    [
      'La prochaine réunion-débat se tiendra le 4 mars 2031 à Genève. Elle portera sur les droits des personnes âgées.',
      'les droits des personnes âgées',
    ],
    [
      'La reunión anual se celebrará el 4 de marzo de 2031. Se centrará en el derecho a la vivienda, incluidas las personas sin hogar.',
      'el derecho a la vivienda, incluidas las personas sin hogar',
    ],
  ])('reads what the meeting just announced will focus on: %s', (text, theme) => {
    expect(themes(text)).toEqual([theme]);
  });

  it('reads nothing after a sentence that announces no meeting or opens on something else', () => {
    expect(
      themes('The Council adopted the report last week. It will focus on its implementation.'),
    ).toEqual([]);
    expect(
      themes(
        'The Secretary-General will present his report on 4 March. It will focus on the right to housing.',
      ),
    ).toEqual([]);
  });
});
