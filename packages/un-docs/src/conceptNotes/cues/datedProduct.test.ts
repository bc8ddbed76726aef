import { describe, expect, it } from 'vitest';
import { withoutOtherMonthsProducts } from './datedProduct.js';

describe("a product dated by another occasion's month", () => {
  it.each([
    ['issues central to negotiations of the September outcome document', '2005-06-29'],
    [
      'the political declaration that Member States will adopt at the September meeting',
      '2027-06-14',
    ],
    ['les négociations du document final de septembre', '2027-07-08'],
  ])('blanks %s', (text, meetingDate) => {
    expect(withoutOtherMonthsProducts(text, meetingDate)).not.toMatch(
      /outcome document|declaration|document final/u,
    );
  });

  it.each([
    // The meeting's own month, and "may" the verb, date nothing.
    ['the Council will adopt a resolution at its meeting in March', '2027-03-10'],
    ['the Council may adopt a resolution', '2027-03-10'],
  ])('keeps %s', (text, meetingDate) => {
    expect(withoutOtherMonthsProducts(text, meetingDate)).toBe(text);
  });
});
