import { describe, expect, it } from 'vitest';
import { withoutMainClause } from './mainClauseAfterComma.js';
import { subjectOf } from './subjectOf.js';

describe('withoutMainClause (round t41b)', () => {
  it.each([
    [
      "En vue du prochain dialogue interactif informel de l'Assemblée générale sur la réduction des risques de catastrophe dans les villes côtières, la Représentation permanente a réuni jeudi les points focaux.",
      'la réduction des risques de catastrophe dans les villes côtières',
    ],
    [
      "Ahead of next week's open debate on water, peace and security, the Mission has invited civil society to a preparatory briefing.",
      'water, peace and security',
    ],
    [
      'De cara al debate abierto sobre la seguridad alimentaria y los conflictos, la Misión Permanente ha convocado a los expertos.',
      'la seguridad alimentaria y los conflictos',
    ],
  ])('ends the subject where the main clause begins: %s', (sentence, subject) => {
    expect(subjectOf(sentence, false)).toBe(subject);
  });

  it.each([
    'peace, security and development',
    'the situation in the Sahel, the region that has suffered most',
    'la paix, la sécurité et le développement',
    'la protection des civils, le respect du droit international humanitaire et la reddition de comptes',
  ])('keeps a list or a relative clause: %s', (subject) => {
    expect(withoutMainClause(subject)).toBe(subject);
  });
});
