import { describe, expect, it } from 'vitest';
import { fromBlocks } from '../NoteText.js';
import { recordsMeeting } from '../meetingAhead.js';
import { recordsPast } from '../sentenceTense.js';

// Session 26: `عقد` after a preposition standing apart is the verbal noun ("holding"), no past.
describe('the Arabic verbal noun after a preposition', () => {
  it.each([
    'بدأ مجلس الأمن الدولي، اليوم الأربعاء، في عقد جلسة إحاطة على المستوى الوزاري حول الشرق الأوسط.',
    'شرع مجلس الأمن الدولي، اليوم الخميس، في عقد مناقشة مفتوحة حول حماية المدنيين.',
    'ودعت المجموعة العربية إلى عقد جلسة طارئة لمجلس الأمن حول الوضع في غزة.',
  ])('records no meeting held in: %s', (sentence) => {
    expect(recordsPast(sentence)).toBe(false);
    expect(recordsMeeting(fromBlocks([sentence]))).toBe(false);
  });

  it.each([
    'عقد مجلس الأمن الدولي جلسة إحاطة حول الشرق الأوسط أمس.',
    'وقد عقد المجلس جلسة مفتوحة حول حماية المدنيين.',
    'عُقدت الجلسة في قاعة مجلس الأمن.',
  ])('still records the past verb in: %s', (sentence) => {
    expect(recordsPast(sentence)).toBe(true);
  });
});
