import { describe, expect, it } from 'vitest';
import { offersEitherProduct } from './eitherProduct.js';

describe('offersEitherProduct', () => {
  it('reads two products offered as alternatives that may follow, in English, French and Spanish', () => {
    expect(
      offersEitherProduct('A presentation of the discussion results or a summary might follow.'),
    ).toBe(true);
    expect(
      offersEitherProduct('Une déclaration conjointe ou un résumé des débats pourrait suivre.'),
    ).toBe(true);
    expect(offersEitherProduct('Un resumen o una declaración podría seguir.')).toBe(true);
  });

  it('reads none where one side names no product, or where nothing is said to follow', () => {
    expect(offersEitherProduct('Questions or comments may follow.')).toBe(false);
    expect(offersEitherProduct('A summary or a presentation of the results will be issued.')).toBe(
      false,
    );
  });
});
