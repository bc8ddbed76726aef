import { describe, expect, it } from 'vitest';
import { subjectOf } from './subjectOf.js';

describe('PRESENTER_BETWEEN (round t41b)', () => {
  it.each([
    [
      'There will be an informal briefing by the President of ECOSOC, H.E. Mr. Oh Joon, Permanent Representative of the Republic of Korea, on the preparations for the 2016 high-level political forum on Thursday, 9 June.',
      'the preparations for the 2016 high-level political forum',
    ],
    [
      "Le Conseil tiendra une séance d'information présentée par la Représentante spéciale du Secrétaire général, Mme Ana Ruiz, sur la situation au Soudan du Sud.",
      'la situation au Soudan du Sud',
    ],
    [
      'El Consejo celebrará una sesión informativa a cargo del Enviado Especial, Sr. Luis Pérez, sobre la transición política en Haití.',
      'la transición política en Haití',
    ],
  ])('skips who gives the briefing: %s', (sentence, subject) => {
    expect(subjectOf(sentence, false)).toBe(subject);
  });

  it('keeps a briefing by someone on a subject, as before', () => {
    expect(
      subjectOf(
        'The Council will hold a briefing by the Secretary-General on the situation in Syria.',
        false,
      ),
    ).toBe('the situation in Syria');
  });
});
