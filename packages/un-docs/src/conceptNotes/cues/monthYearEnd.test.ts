import { describe, expect, it } from 'vitest';
import { withoutMonthYearEnd } from './monthYearEnd.js';
import { subjectOf } from './subjectOf.js';

describe('withoutMonthYearEnd (round t40b)', () => {
  it('cuts the month and year a title line ends on after a comma or dash', () => {
    expect(
      subjectOf(
        'Security Council Open Debate on the Maintenance of International Peace and Security, September 2015',
        true,
      ),
    ).toBe('the Maintenance of International Peace and Security');
    expect(withoutMonthYearEnd('la protection des civils – septembre 2015')).toBe(
      'la protection des civils',
    );
    expect(withoutMonthYearEnd('la protección de los civiles, marzo de 2027')).toBe(
      'la protección de los civiles',
    );
  });

  it('keeps a month that is part of the subject', () => {
    expect(withoutMonthYearEnd('the events of 11 September')).toBe('the events of 11 September');
    expect(withoutMonthYearEnd('the May Agreement')).toBe('the May Agreement');
  });
});
