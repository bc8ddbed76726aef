import { describe, expect, it } from 'vitest';
import { toNoteLayout } from '../layout/NoteLayout.js';
import { isSquashedByline, listedMeeting } from './listedMeeting.js';

describe('a page listing the week’s meetings', () => {
  it.each(['IIEA15th March 202141min', 'ONU Hebdo12 mars 202725 min'])(
    'reads %s as a squashed byline',
    (line) => expect(isSquashedByline(line)).toBe(true),
  );

  it.each(['By Lena Okafor | 3 May 2027', 'Open debate, 15th March 2021, 10 a.m.'])(
    'reads %s as no squashed byline',
    (line) => expect(isSquashedByline(line)).toBe(false),
  );

  it('takes the first bullet entry naming a meeting by its kind', () => {
    const note = toNoteLayout(
      [
        'Monday – 19th April',
        '',
        '• High-level open debate on cooperation between the UN and regional organisations. The Secretary-General will brief.',
        '',
        '• Informal interactive dialogue on Somalia.',
      ].join('\n'),
    );
    expect(listedMeeting(note).map(({ value }) => value)).toEqual([
      'cooperation between the UN and regional organisations',
    ]);
  });

  it('takes no sentence outside a bullet entry', () => {
    const note = toNoteLayout('The Council will hold an open debate on Somalia on 3 May 2027.');
    expect(listedMeeting(note)).toEqual([]);
  });
});
