import { describe, expect, it } from 'vitest';
import { hoursAfterDays } from './hoursAfterDays.js';

function sentence(text: string) {
  return [{ text, block: 0 }];
}

describe('hoursAfterDays', () => {
  it.each([
    'Tuesday 23 March and Wednesday, 24 March, 9.00 –11.00 a.m., Informal virtual meeting',
    'Thursday, 8 October, 3 – 6 p.m., Room XX, Palais des Nations',
    'el jueves 4 de abril, de 10.00 a 13.00 horas',
  ])('reads the hours right after the days: %s', (text) => {
    expect(hoursAfterDays(sentence(text))).not.toBeNull();
  });

  it('leaves a clock the day does not lead into', () => {
    expect(hoursAfterDays(sentence('New York, 23 March – Registration closes at 5 p.m.'))).toBe(
      null,
    );
  });
});
