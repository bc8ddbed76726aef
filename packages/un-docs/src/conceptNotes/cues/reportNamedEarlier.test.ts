import { describe, expect, it } from 'vitest';
import { candidate } from './Candidate.js';
import { reportNamedEarlier } from './reportNamedEarlier.js';

const theme = (value: string) => [
  candidate(value, 0.5, 'a debate on the report', 'announcedSubject'),
];
const sentences = (...texts: string[]) => texts.map((text) => ({ text }));

describe('reportNamedEarlier', () => {
  it('names "the report" in full, with its author and subject, up to its symbol or verb', () => {
    expect(
      reportNamedEarlier(
        theme('the report'),
        sentences(
          'I write concerning the report of the Secretary-General on the rule of law (A/68/213).',
          'I will convene a debate on the report.',
        ),
      )[0]?.value,
    ).toBe('the report of the Secretary-General on the rule of law');
    expect(
      reportNamedEarlier(
        theme('le rapport'),
        sentences('Le rapport du Secrétaire général sur la sécurité routière vient de paraître.'),
      )[0]?.value,
    ).toBe('le rapport du Secrétaire général sur la sécurité routière');
    expect(
      reportNamedEarlier(
        theme('el informe'),
        sentences('Se ha publicado el informe del Secretario General sobre los océanos, que …'),
      )[0]?.value,
    ).toBe('el informe del Secretario General sobre los océanos');
  });

  it('keeps a theme that is no bare report, or a report the text never names in full', () => {
    const named = sentences('the report of the Panel on water security is out.');
    expect(reportNamedEarlier(theme('water security'), named)[0]?.value).toBe('water security');
    expect(
      reportNamedEarlier(theme('the report'), sentences('The report is now available.'))[0]?.value,
    ).toBe('the report');
  });
});
