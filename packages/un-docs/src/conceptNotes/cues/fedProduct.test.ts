import { describe, expect, it } from 'vitest';
import { withoutFedProducts } from './fedProduct.js';

describe('withoutFedProducts', () => {
  it('passes over the product a meeting feeds into', () => {
    expect(
      withoutFedProducts(
        'The roundtable will inform the draft resolution that the Commission adopts in June.',
      ),
    ).not.toMatch(/resolution/u);
    expect(
      withoutFedProducts('La réunion alimentera la déclaration ministérielle du forum.'),
    ).not.toMatch(/déclaration/u);
    expect(
      withoutFedProducts('El debate contribuirá a la declaración política de la cumbre.'),
    ).not.toMatch(/declaración/u);
  });

  it('keeps a product named before the verb', () => {
    expect(
      withoutFedProducts(
        "The Chair's summary of the hearing will feed into the preparations for the conference.",
      ),
    ).toMatch(/Chair's summary/u);
    expect(withoutFedProducts('The meeting will adopt a political declaration.')).toBe(
      'The meeting will adopt a political declaration.',
    );
  });
});
