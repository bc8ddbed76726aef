import { describe, expect, it } from 'vitest';
import { withoutPeriodSpans } from './periodSpan.js';

describe('withoutPeriodSpans', () => {
  it('blanks a span longer than a meeting, in English, French and Spanish', () => {
    for (const text of [
      'The report covers its activities from 1 January to 31 December 2017.',
      'Le rapport porte sur la période du 1er janvier au 31 décembre 2026.',
      'El informe abarca sus actividades entre el 1 de enero y el 31 de diciembre de 2026.',
    ])
      expect(withoutPeriodSpans(text)).not.toMatch(/\d/u);
  });

  it('keeps a meeting of a few weeks and a single day', () => {
    const session = 'The 55th session will be held from 26 February to 5 April 2024.';
    expect(withoutPeriodSpans(session)).toBe(session);
    const day = 'The Council will hold a briefing on 29 June 2017.';
    expect(withoutPeriodSpans(day)).toBe(day);
  });
});
