import { describe, expect, it } from 'vitest';
import { toNoteLayout } from '../layout/NoteLayout.js';
import { meetingAboutRuAr } from './meetingAboutRuAr.js';

const themes = (text: string) => meetingAboutRuAr(toNoteLayout(text)).map(({ value }) => value);

describe('meetingAboutRuAr: a meeting said to focus on its subject (round t43b)', () => {
  it('reads the subject an Arabic meeting focuses on, in a headline or ahead', () => {
    expect(themes('جلسة مجلس الأمن تركز على حماية العاملين في المجال الإنساني')).toEqual([
      'حماية العاملين في المجال الإنساني',
    ]);
    expect(
      themes('وستتناول الجلسة الأمن الغذائي في منطقة الساحل، بمشاركة عدد من الوزراء.'),
    ).toEqual(['الأمن الغذائي في منطقة الساحل']);
  });

  it('reads nothing a meeting focused on in the past, nor a focus of no meeting', () => {
    expect(themes('ركزت الجلسة التي عقدت أمس على الوضع في اليمن.')).toEqual([]);
    expect(themes('تركز الحكومة على التنمية الاقتصادية في المنطقة.')).toEqual([]);
  });
});
