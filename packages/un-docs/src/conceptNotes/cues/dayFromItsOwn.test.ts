import { describe, expect, it } from 'vitest';
import { fromBlocks } from '../NoteText.js';
import { namesRelativeDay } from './dayFromItsOwn.js';
import { leansToNote } from './leaningToNote.js';
import { looksAhead } from '../sentenceTense.js';

// Session 27: a news item places its meeting by a day relative to its own, in six languages.
describe('namesRelativeDay', () => {
  it.each([
    'The Economic and Social Council will hold a special meeting on Thursday.',
    'La Commission tiendra demain une réunion consacrée aux océans.',
    'La Asamblea celebrará hoy una sesión plenaria.',
    'Совет Безопасности проведет в среду заседание.',
    'تعقد الجمعية العامة يوم الخميس جلسة عامة.',
    '人权理事会将于周三举行会议。',
    '经社理事会将于21日召开特别会议。',
  ])('finds the day in "%s"', (sentence) => {
    expect(namesRelativeDay(sentence)).toBe(true);
  });

  it.each([
    'La reunión se celebrará por la mañana en la Sala del Consejo.',
    'يحتفل العالم باليوم الدولي للسلام.',
    '会议于9月21日举行。',
  ])('finds no day of the text\'s own in "%s"', (sentence) => {
    expect(namesRelativeDay(sentence)).toBe(false);
  });
});

describe('leansToNote on a meeting ahead on a weekday (session 27)', () => {
  it.each([
    ['تعقد لجنة بناء السلام يوم الأربعاء جلسة مفتوحة برئاسة وزير خارجية كندا.'],
    ['The Peacebuilding Commission will hold an open meeting on Wednesday, chaired by Canada.'],
    ['Комиссия по миростроительству проведет в среду открытое заседание.'],
    ['建设和平委员会将于周三举行公开会议。'],
  ])('takes "%s"', (sentence) => {
    expect(leansToNote(fromBlocks([sentence]))).toBe(true);
  });

  it('refuses the meeting held on a weekday', () => {
    const note = fromBlocks(['The Peacebuilding Commission held an open meeting on Wednesday.']);
    expect(leansToNote(note)).toBe(false);
  });
});

// Session 27: the Arabic present of holding with a weekday looks ahead (cues/presentTodayAr.ts).
describe('looksAhead in an Arabic present with a weekday (session 27)', () => {
  it.each([
    'يعقد مجلس حقوق الإنسان يوم الثلاثاء جلسة خاصة.',
    'تعقد الجمعية العامة، يوم الخميس، جلسة عامة.',
    'يجتمع المجلس الاقتصادي والاجتماعي يوم السبت.',
  ])('reads "%s" as ahead', (sentence) => {
    expect(looksAhead(sentence)).toBe(true);
  });

  it('reads a habit as no meeting ahead', () => {
    expect(looksAhead('يعقد المجلس جلسة كل شهر.')).toBe(false);
  });
});
