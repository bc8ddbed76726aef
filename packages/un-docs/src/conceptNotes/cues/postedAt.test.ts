import { describe, expect, it } from 'vitest';
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

  it('leaves a date line giving the meeting its hours', () => {
    expect(at(['Tuesday, 14 March 2017, 13:15–14:30'], 0)).toBe(false);
    expect(at(['Monday, 12 July 2027, 10:00'], 0)).toBe(false);
  });
});
