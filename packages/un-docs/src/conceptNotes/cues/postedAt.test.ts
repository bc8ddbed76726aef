import { describe, expect, it } from 'vitest';
import { fromBlocks } from '../NoteText.js';
import { findMeeting } from '../findMeeting.js';
import { postedAt } from './postedAt.js';

const at = (blocks: string[], block: number): boolean =>
  postedAt({ text: blocks[block] ?? '', block }, blocks);

describe('postedAt', () => {
  it('reads a stamp line at the top with one clock off the quarter hour as the posting time', () => {
    expect(at(['01 июля 2024, 03:31', 'Россия получила председательство'], 0)).toBe(true);
    expect(
      at(['Россия возглавила Совбез ООН', '1 октября 2016, 09:50 [ «Аргументы Недели» ]'], 1),
    ).toBe(true);
  });

  // Session 26: after the byline on its row.
  it.each([
    [
      'UNGA Will Convene Meeting On Palestine',
      'Sumaira FH 1 hour ago Mon 17th May 2021 | 08:48 PM',
    ],
    ['Council to meet on Haiti', 'By Jane Doe | Published 3 May 2027, 14:07'],
    ['El Consejo se reúne sobre Haití', 'Por Ana Ruiz - 3 de mayo de 2027 - 14:07'],
  ])('reads a posting stamp after a byline: %s / %s', (headline, byline) => {
    expect(at([headline, byline], 1)).toBe(true);
  });

  it.each([
    'The meeting will be held on 3 May 2027 at 14:07.',
    'Open debate: Thursday, 3 May 2027, 10:00',
  ])('reads no stamp in a sentence or a meeting line: %s', (line) => {
    expect(at(['Headline', line], 1)).toBe(false);
  });

  it('leaves a date line giving the meeting its hours', () => {
    expect(at(['Tuesday, 14 March 2017, 13:15–14:30'], 0)).toBe(false);
    expect(at(['Monday, 12 July 2027, 10:00'], 0)).toBe(false);
  });
});

// Session 26: the stamp dates the page, so the later yearless day a sentence holds the meeting on
// is the meeting's.
describe('a posting stamp under a later day', () => {
  it.each([
    [
      [
        '1 октября 2016, 09:50 [ «Аргументы Недели» ]',
        'Первое заседание Совбеза пройдет 3 октября.',
      ],
      '2016-10-03',
    ],
    [
      [
        '01 июля 2024, 03:31',
        'Россия с 1 июля будет в течение месяца председательствовать в Совете Безопасности ООН.',
        'Отметим, что открытые дебаты по вопросу глобального "уравнения безопасности" пройдут 16 июля.',
      ],
      '2024-07-16',
    ],
    [
      [
        '02 marzo 2027, 08:47',
        'El Consejo celebrará el 18 de marzo un debate abierto sobre la protección de los periodistas.',
      ],
      '2027-03-18',
    ],
    [['17 May 2021, 20:48', 'The General Assembly will hold a meeting on 20 May.'], '2021-05-20'],
  ])('dates the meeting by the later day: %j', (blocks, date) => {
    expect(findMeeting(fromBlocks(blocks)).date).toBe(date);
  });

  it('keeps the stamp’s day when no sentence holds the meeting on a later one', () => {
    expect(
      findMeeting(
        fromBlocks(['02 marzo 2027, 08:47', 'El Consejo celebrará un debate abierto sobre Haití.']),
      ).date,
    ).toBe('2027-03-02');
  });
});
