import { describe, expect, it } from 'vitest';
import { quotationOf } from './insertQuotation';

describe('quotations from the library', () => {
  it('quotes the paragraph and adds its citation', () => {
    expect(quotationOf({ text: ' Prevention works. ', citation: 'S/2011/552, para. 12' })).toBe(
      '“Prevention works.” (S/2011/552, para. 12)',
    );
  });

  it('turns inner double quotation marks into single ones and drops footnote markers', () => {
    const text = 'action taken "to prevent disputes".¹ It is the “scourge of war”.²³';
    expect(quotationOf({ text, citation: 'A/75/1, para. 3' })).toBe(
      '“action taken ‘to prevent disputes’. It is the ‘scourge of war’.” (A/75/1, para. 3)',
    );
  });
});
