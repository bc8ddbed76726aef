import { describe, expect, it } from 'vitest';
import { suggestsProduct } from './suggestedProduct.js';

describe('suggestsProduct', () => {
  it('reads a product a letter suggests be adopted or issued', () => {
    expect(
      suggestsProduct(
        'I would suggest that at its close a brief procedural resolution be adopted transmitting the report.',
      ),
    ).toBe(true);
    expect(
      suggestsProduct('I propose that a short presidential statement be issued after the meeting.'),
    ).toBe(true);
    expect(suggestsProduct("Je propose qu'une courte résolution soit adoptée.")).toBe(true);
    expect(suggestsProduct('Propongo que se apruebe una breve resolución de procedimiento.')).toBe(
      true,
    );
  });

  it('reads no suggestion of anything else', () => {
    expect(suggestsProduct('I suggest that delegations be brief.')).toBe(false);
    expect(suggestsProduct('The report suggests that funding has fallen.')).toBe(false);
  });
});
