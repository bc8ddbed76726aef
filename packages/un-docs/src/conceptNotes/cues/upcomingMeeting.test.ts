import { describe, expect, it } from 'vitest';
import { upcomingSubject } from './upcomingMeeting.js';

describe('upcomingSubject (round h11t)', () => {
  it('reads the subject of a meeting named as upcoming or forthcoming', () => {
    expect(
      upcomingSubject(
        "Advocates welcomed a concept note circulated for the General Assembly's forthcoming interactive dialogue on the rights of older persons, which many hope will build momentum.",
      ),
    ).toBe('the rights of older persons');
    expect(
      upcomingSubject(
        "La note de cadrage diffusée pour la prochaine réunion-débat du Conseil des droits de l'homme sur la justice réparatrice, qui pourrait relancer le dossier.",
      ),
    ).toBe('la justice réparatrice');
  });

  it('ends a fronted phrase at its comma', () => {
    expect(
      upcomingSubject(
        'Ahead of the upcoming meeting on maritime security in the Gulf of Guinea, our delegation has shared the questions.',
      ),
    ).toBe('maritime security in the Gulf of Guinea');
    expect(
      upcomingSubject(
        'De cara a la próxima reunión sobre la violencia armada en Haití, nuestra delegación ha compartido las preguntas.',
      ),
    ).toBe('la violencia armada en Haití');
  });

  it('reads no meeting in particular in "a forthcoming meeting" or "une prochaine réunion"', () => {
    expect(
      upcomingSubject('Ahead of a forthcoming meeting on the Sahel, we shared questions.'),
    ).toBeNull();
    expect(
      upcomingSubject(
        "Dans la perspective d'une prochaine réunion à New York, la présidence a fait circuler les questions.",
      ),
    ).toBeNull();
  });

  it.each([
    [
      "En vue du prochain dialogue interactif informel de l'Assemblée générale sur la réduction des risques de catastrophe dans les villes côtières, la Représentation permanente a réuni jeudi les points focaux.",
      'la réduction des risques de catastrophe dans les villes côtières',
    ],
    [
      'De cara al próximo debate abierto sobre la protección de los periodistas, la Misión ha compartido sus preguntas.',
      'la protección de los periodistas',
    ],
    [
      "Ahead of the General Assembly's informal interactive dialogue on ocean acidification and the livelihoods of coastal communities, the Permanent Mission has invited the focal points.",
      'ocean acidification and the livelihoods of coastal communities',
    ],
    [
      'En vue de la réunion-débat sur les droits des personnes âgées, la délégation a consulté les organisations de la société civile.',
      'les droits des personnes âgées',
    ],
  ])('reads the meeting a fronted phrase looks ahead to (round t41b): %s', (sentence, subject) => {
    expect(upcomingSubject(sentence)).toBe(subject);
  });

  it('reads no meeting ahead in a phrase fronted by "before" (round t41b)', () => {
    expect(
      upcomingSubject('Before the debate on the situation in Haiti, the Council heard a briefing.'),
    ).toBeNull();
  });
});
