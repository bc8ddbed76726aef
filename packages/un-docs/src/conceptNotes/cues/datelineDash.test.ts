import { describe, expect, it } from 'vitest';
import { afterDateline } from './datelineDash.js';

describe('afterDateline', () => {
  it('drops a city, comma, date, dash dateline in French, Spanish and English', () => {
    expect(afterDateline('Genève, 11 juin 2026 – Le Conseil tiendra une table ronde')).toBe(
      'Le Conseil tiendra une table ronde',
    );
    expect(afterDateline('Nueva York, 4 de marzo de 2027 – El Consejo celebrará')).toBe(
      'El Consejo celebrará',
    );
    expect(afterDateline('New York, June 2, 2027 - The Commission will hold')).toBe(
      'The Commission will hold',
    );
  });

  it('keeps a sentence whose opening comma is not a dateline', () => {
    const text = 'In March, the Commission will hold a meeting – its first this year';
    expect(afterDateline(text)).toBe(text);
    expect(afterDateline('Geneva, 2026-06-11 the Council met')).toBe(
      'Geneva, 2026-06-11 the Council met',
    );
  });
});
