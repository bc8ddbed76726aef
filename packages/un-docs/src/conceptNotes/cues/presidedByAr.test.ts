import { describe, expect, it } from 'vitest';
import { presiderStateAr, stateOfNisbaAr } from './presidedByAr.js';

describe('who will chair the meeting, in Arabic', () => {
  it.each([
    ['وسيترأس الجلسة وزير الخارجية الفرنسي جان نويل بارو.', 'France'],
    ['تترأس الاجتماع وزيرة الخارجية الكينية، وتقدم الإحاطة الأمينة العامة.', 'Kenya'],
    ['يرأس النقاش اليوم السفير البرازيلي لدى الأمم المتحدة.', 'Brazil'],
    ['ومن المقرر أن سيرأس المناقشة المفتوحة رئيس الوزراء الياباني.', 'Japan'],
  ])('%s', (sentence, state) => {
    expect(presiderStateAr(sentence)).toBe(state);
  });

  it.each([
    // The past, a meeting held.
    'ترأس الجلسة وزير الخارجية المصري الأسبوع الماضي.',
    // An adjective that names no State.
    'سيترأس الاجتماع مفوض الاتحاد الإفريقي للسلام والأمن.',
    // A nationality with no presider's title.
    'سيعقد المجلس جلسة حول الوضع الليبي.',
  ])('reads no presidency from %s', (sentence) => {
    expect(presiderStateAr(sentence)).toBeNull();
  });

  it.each([
    ['الجزائري', 'Algeria'],
    ['الصينية', 'China'],
    ['الروسي', 'Russian Federation'],
    ['السعودي', 'Saudi Arabia'],
    ['الأمريكية', 'United States of America'],
    ['الإفريقي', null],
  ])('%s names %s', (word, state) => {
    expect(stateOfNisbaAr(word)).toBe(state);
  });
});
