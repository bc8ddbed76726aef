import { describe, expect, it } from 'vitest';
import { seededRandom } from '../fixtures/longTexts.js';
import { endingAt } from './endingAt.js';

// Patterns of the kinds the parsers test before a date: alternatives in a group, unbounded
// runs, a lookbehind inside, a word boundary and a lookahead at the end.
const PATTERNS = [
  /(?:dated|by|no later than|(?<![\p{L}])(?:letters?|notes?)\s+(?:of|du))\s*(?:\p{L}+,?\s*)?$/iu,
  /(?<![\p{L}])(?:dates?|fechas?)\s*:?\s*(?:[/|]\s*)?(?:(?:Monday|lundi),?\s*)?$/iu,
  /\bof\b$/,
  /the(?!\p{L})$/u,
];
const PIECES = ['dated', 'by', 'Date', 'fecha', 'letter', 'notes', 'of', 'du', 'the', 'Monday'];
const GLUE = [' ', '  ', ', ', ':', ' / ', '', 'x', '\n', 'é'];
const SEED = 18;

describe('endingAt', () => {
  it(`agrees with testing the slice before every position (seed ${SEED})`, () => {
    const random = seededRandom(SEED);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    for (let round = 0; round < 2000; round += 1) {
      const text = Array.from({ length: 1 + Math.floor(random() * 8) }, () =>
        random() < 0.6 ? pick(PIECES) : pick(GLUE),
      ).join('');
      for (const pattern of PATTERNS) {
        const endsAt = endingAt(pattern);
        for (let end = 0; end <= text.length; end += 1)
          expect(endsAt(text, end), `${pattern} before ${end} in ${JSON.stringify(text)}`).toBe(
            pattern.test(text.slice(0, end)),
          );
      }
    }
  });

  it('refuses a pattern not anchored at the end', () => {
    expect(() => endingAt(/dated/)).toThrow(/anchored/);
    expect(() => endingAt(/dated$/m)).toThrow(/anchored/);
  });
});
