import { describe, expect, it } from 'vitest';
import { withoutBracketedDates } from './bracketedDate.js';

describe('withoutBracketedDates', () => {
  it('drops an occasion dated in brackets', () => {
    expect(
      withoutBracketedDates(
        'The Assembly will hold hearings, in the lead up to the Summit (25-27 September 2015 in New York).',
      ),
    ).toBe('The Assembly will hold hearings, in the lead up to the Summit .');
  });

  it('keeps a bracket without a full date', () => {
    const text = 'The Office of the President (OPGA) will convene a dialogue (in person).';
    expect(withoutBracketedDates(text)).toBe(text);
  });
});
