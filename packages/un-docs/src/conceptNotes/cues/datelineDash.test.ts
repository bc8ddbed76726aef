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

  // Round t42c: an information service named in full, the dash typed as two hyphens.
  it.each([
    [
      'GENEVA, 28 June (United Nations Information Service) -- The Council will hold its session',
      'The Council will hold its session',
    ],
    [
      'NEW YORK, 3 March (Department of Global Communications) -- The Commission will meet',
      'The Commission will meet',
    ],
    ['Vienna, 5 May 2027 -- The Commission will convene', 'The Commission will convene'],
  ])('drops the dateline of %s', (text, rest) => {
    expect(afterDateline(text)).toBe(rest);
  });

  it('keeps a sentence whose opening comma is not a dateline', () => {
    const text = 'In March, the Commission will hold a meeting – its first this year';
    expect(afterDateline(text)).toBe(text);
    expect(afterDateline('Geneva, 2026-06-11 the Council met')).toBe(
      'Geneva, 2026-06-11 the Council met',
    );
  });
});
