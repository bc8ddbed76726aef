import { describe, expect, it } from 'vitest';
import { discussedQuotation } from './discussQuoted.js';

describe('discussQuoted (round t40b)', () => {
  it('reads the quotation a meeting or forum will discuss', () => {
    expect(
      discussedQuotation(
        'As you know, the HLPF will discuss policies and actions on “Building back better from COVID-19”.',
      ),
    ).toBe('Building back better from COVID-19');
    expect(
      discussedQuotation('Le Forum examinera les politiques publiques sur « Jeunesse et emploi ».'),
    ).toBe('Jeunesse et emploi');
    expect(discussedQuotation('La Comisión debatirá este año sobre “Mujeres en la ciencia”.')).toBe(
      'Mujeres en la ciencia',
    );
  });

  it('reads nothing where no discussion is announced', () => {
    expect(
      discussedQuotation('The report “Building back better” was discussed on Monday.'),
    ).toBeNull();
  });
});
