import { describe, expect, it } from 'vitest';
import { leavesProductUndecided } from './undecidedProduct.js';

describe('leavesProductUndecided', () => {
  it('reads a product only asked about as undecided', () => {
    expect(
      leavesProductUndecided('Malta has not said whether it will seek a presidential statement.'),
    ).toBe(true);
    expect(
      leavesProductUndecided(
        'It remains unclear whether Ecuador will seek a presidential statement.',
      ),
    ).toBe(true);
    expect(
      leavesProductUndecided(
        'Todavía no se sabe si Guyana intentará adoptar una declaración presidencial.',
      ),
    ).toBe(true);
    expect(
      leavesProductUndecided(
        'On ignore encore si la présidence proposera une déclaration présidentielle.',
      ),
    ).toBe(true);
  });

  it('leaves a product held open or announced alone', () => {
    expect(leavesProductUndecided('The Council may adopt a presidential statement.')).toBe(false);
    expect(
      leavesProductUndecided(
        'The presidency will circulate a summary, whether or not members agree.',
      ),
    ).toBe(false);
    expect(leavesProductUndecided('Se prevé aprobar una declaración presidencial.')).toBe(false);
  });
});
