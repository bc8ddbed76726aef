import { describe, expect, it } from 'vitest';
import { findDates } from '../dates/findDates.js';
import { findTime } from '../dates/findTime.js';
import { bodiesIn } from './cues/bodyNames.js';
import { findMemberState } from './findMemberState.js';
import { FORMATS } from './formatVocabulary.js';
import { qualifiedFormat } from './cues/formatQualifiers.js';
import { looksForward, recordsPast } from './sentenceTense.js';
import { parseLabel } from '../text/parseLabel.js';

// Round ruar (session 18): the Russian and Arabic vocabulary added to the tables.
function kind(text: string): string | undefined {
  return FORMATS.find(([pattern]) => pattern.test(text))?.[1];
}

describe('Russian and Arabic', () => {
  it('reads the formats in their cases and with joined prefixes', () => {
    expect(kind('проведет открытые дебаты')).toBe('open debate');
    expect(kind('в ходе открытых дебатов')).toBe('open debate');
    expect(kind('брифинг по Сирии')).toBe('briefing');
    expect(kind('заседание по формуле Арриа')).toBe('Arria-formula meeting');
    expect(kind('заседание высокого уровня')).toBe('high-level meeting');
    expect(kind('министерское заседание')).toBe('ministerial meeting');
    expect(kind('المناقشة المفتوحة')).toBe('open debate');
    expect(kind('جلسة إحاطة')).toBe('briefing');
    expect(kind('اجتماع بصيغة آريا')).toBe('Arria-formula meeting');
    expect(kind('اجتماعا رفيع المستوى')).toBe('high-level meeting');
    expect(kind('اجتماعا وزاريا')).toBe('ministerial meeting');
  });

  it('dates in Arabic-Indic digits and Levantine months', () => {
    expect(findDates('يوم ٢٣ أكتوبر ٢٠٢٥')[0]?.iso).toBe('2025-10-23');
    expect(findDates('يوم ١٢ تشرين الثاني ٢٠٢٥')[0]?.iso).toBe('2025-11-12');
    expect(findDates('23 октября 2025 года')[0]?.iso).toBe('2025-10-23');
    expect(findTime('في الساعة ١٠:٠٠ صباحاً')).toBe('10:00');
  });

  it('names the bodies and the States, not Russia’s own Security Council', () => {
    expect(bodiesIn('в Совете Безопасности ООН')[0]?.body).toBe('Security Council');
    expect(bodiesIn('رئاسة روسيا لمجلس الأمن')[0]?.body).toBe('Security Council');
    expect(bodiesIn('Совет безопасности России')).toEqual([]);
    expect(findMemberState('председательства Китая')).toBe('China');
    expect(findMemberState('رئاسة الجزائر')).toBe('Algeria');
  });

  it('tells a meeting ahead from one held', () => {
    expect(looksForward('Совет Безопасности проведет открытые дебаты')).toBe(true);
    expect(recordsPast('Совет Безопасности провел открытые дебаты')).toBe(true);
    expect(looksForward('سيعقد مجلس الأمن مناقشة مفتوحة')).toBe(true);
    expect(recordsPast('عقد مجلس الأمن جلسة إحاطة')).toBe(true);
  });

  // Round t39a: a news item's present with “today” or “tomorrow”, and the masculine `نقاش`.
  it('reads a present with today or tomorrow as ahead, and a masculine debate', () => {
    expect(looksForward('يعقد مجلس الأمن اليوم الثلاثاء نقاشا مفتوحا')).toBe(true);
    expect(looksForward('تنعقد الجلسة غدًا')).toBe(true);
    expect(looksForward('ويناقش المجلس الملف مرة في الشهر')).toBe(false);
    expect(kind('نقاشًا فصليًا مفتوحًا')).toBe('open debate');
    expect(kind('نقاشا مفتوحا')).toBe('open debate');
  });

  // Round t40c: the feminine `مناقشة` with its how-often word in the feminine, kept as a qualifier.
  it('reads a feminine debate with its frequency between the kind and "open"', () => {
    const text = 'يعقد مجلس الأمن اليوم الاثنين مناقشة فصلية مفتوحة تحت عنوان';
    const found = FORMATS.find(([pattern]) => pattern.test(text));
    const match = found?.[0].exec(text);
    expect(found?.[1]).toBe('open debate');
    expect(
      match && qualifiedFormat(text, match.index, match.index + match[0].length, 'open debate'),
    ).toBe('quarterly open debate');
  });

  it('numbers items in Arabic-Indic digits, printed as they are', () => {
    const label = parseLabel('١. ما هي التدابير؟');
    expect(label?.value).toBe('1');
    expect(label?.printed).toBe('١');
  });
});
