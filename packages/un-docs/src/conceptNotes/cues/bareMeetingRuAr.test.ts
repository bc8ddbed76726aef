import { describe, expect, it } from 'vitest';
import { scheduledBareMeetingRuAr } from './bareMeetingRuAr.js';

describe('a Russian or Arabic meeting scheduled by the bare word for it (round t43a)', () => {
  it('reads the word for a meeting as the subject of a verb of taking place, with its day', () => {
    expect(scheduledBareMeetingRuAr('Второе заседание Комиссии состоится 14 мая.')).toBe('meeting');
    expect(
      scheduledBareMeetingRuAr('В четверг в Женеве откроется пленарная встреча участников форума.'),
    ).toBe('plenary meeting');
  });

  it('reads it as the object of a verb of holding, in Russian and in Arabic', () => {
    expect(scheduledBareMeetingRuAr('Совет проведет в пятницу заседание по Йемену.')).toBe(
      'meeting',
    );
    expect(
      scheduledBareMeetingRuAr('تعقد الجمعية العامة، يوم الخميس، جلسة خاصة لمناقشة المياه.'),
    ).toBe('meeting');
  });

  it('reads none for a meeting held, one with no day, or another kind', () => {
    expect(scheduledBareMeetingRuAr('Заседание Совета состоялось 3 октября.')).toBe(null);
    expect(scheduledBareMeetingRuAr('Заседание пройдет в закрытом режиме.')).toBe(null);
    expect(scheduledBareMeetingRuAr('Открытые дебаты состоятся 5 мая.')).toBe(null);
  });
});
