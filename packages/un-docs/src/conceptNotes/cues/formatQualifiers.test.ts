import { describe, expect, it } from 'vitest';
import { earliest } from '../kindsNamed.js';

function format(text: string): string | null {
  return earliest(text)?.format ?? null;
}

describe('formatQualifiers: lengths in weeks or a month (round t42a)', () => {
  it('keeps an English length in weeks or a month as a qualifier', () => {
    expect(format('The Institute will run a week-long workshop on treaty drafting.')).toBe(
      'week-long workshop',
    );
    expect(format('A month-long forum on financing for development opens in Addis Ababa.')).toBe(
      'month-long forum',
    );
  });

  it('keeps no duration said after the kind', () => {
    expect(format('The workshop, lasting a week, will open on Monday.')).toBe('workshop');
    expect(format('Un atelier d’une durée d’un mois aura lieu à Genève.')).toBe('workshop');
  });
});
