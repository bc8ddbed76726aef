import { describe, expect, it } from 'vitest';
import { toNoteLayout } from '../layout/NoteLayout.js';
import { meetingAboutRuAr } from './meetingAboutRuAr.js';
import { namedAheadRuAr } from './namedAheadRuAr.js';

const themes = (text: string): string[] =>
  meetingAboutRuAr(toNoteLayout(text)).map(({ value }) => value);

describe('namedAheadRuAr (round t42b)', () => {
  it.each([
    [
      'Делегация готовит выступление к предстоящему заседанию Совета Безопасности по защите гражданских лиц.',
      'защите гражданских лиц',
    ],
    [
      'Председатель распространил концептуальную записку к заседанию по водной безопасности в Центральной Азии.',
      'водной безопасности в Центральной Азии',
    ],
    [
      'وزعت الرئاسة المذكرة المفاهيمية للجلسة الرفيعة المستوى بشأن حماية المدنيين في النزاعات المسلحة.',
      'حماية المدنيين في النزاعات المسلحة',
    ],
    [
      'تستعد البعثة للمناقشة المفتوحة القادمة حول الأمن الغذائي والنزاعات.',
      'الأمن الغذائي والنزاعات',
    ],
  ])('reads the subject of a meeting named as upcoming or as its note’s: %s', (text, theme) => {
    expect(themes(text)).toEqual([theme]);
  });

  it.each([
    'Совет провел заседание по Сирии и заслушал доклад.',
    'عقد مجلس الأمن جلسة بشأن الأمن الغذائي.',
    'В прошлом месяце заседание по Йемену было посвящено гуманитарной ситуации.',
  ])('leaves a meeting neither ahead nor named as upcoming: %s', (text) => {
    expect(themes(text)).toEqual([]);
  });

  it('tells a meeting named as upcoming from one only named', () => {
    expect(namedAheadRuAr('Совет провел заседание по Сирии.')).toBe(false);
    expect(namedAheadRuAr('الاجتماع المقبل بشأن المياه')).toBe(true);
  });
});
