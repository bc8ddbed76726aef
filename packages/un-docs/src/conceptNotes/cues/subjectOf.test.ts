import { describe, expect, it } from 'vitest';
import { subjectOf, titleSubjectWithYear } from './subjectOf.js';

// Rounds 20 and 22 read a title's closing year two ways: the theme drops it, and
// `themeInFull.ts` takes it as the sign of a brand name that shortens the meeting's.
describe('a title ending on a year', () => {
  const title =
    "Apply to speak at the President of the UN General Assembly's High Level Meeting on Ocean Action 2027";

  it('gives its theme without the year', () => {
    expect(subjectOf(title, true)).toBe('Ocean Action');
    expect(subjectOf('Open Debate On Children And Armed Conflict 2017', true)).toBe(
      'Children And Armed Conflict',
    );
  });

  it('keeps the year for the cue that reads it as a shortened name', () => {
    expect(titleSubjectWithYear(title)).toBe('Ocean Action 2027');
  });

  it('keeps a year that a preposition or "Agenda" governs', () => {
    expect(subjectOf('High-level meeting on the road to 2030', true)).toBe('the road to 2030');
    expect(subjectOf('Thematic debate on the Agenda 2030', true)).toBe('the Agenda 2030');
  });
});

describe('a subject in a sentence', () => {
  it('ends before a weekday of the text’s own week (round 31c)', () => {
    expect(
      subjectOf(
        'The Security Council holds an open debate on the situation in Haiti this Thursday.',
        false,
      ),
    ).toBe('the situation in Haiti');
    expect(
      subjectOf(
        'El Consejo celebra un debate abierto sobre la situación en Haití este jueves.',
        false,
      ),
    ).toBe('la situación en Haití');
  });
});

// Round 32a: the day, hours and room between a meeting and its link, and an acronym inside a
// subject that goes on after it.
describe('a subject after the day, hours and room', () => {
  it('skips them, in English, French and Spanish', () => {
    expect(
      subjectOf(
        'The President will convene a briefing on Friday, 26 May 2017, at 10 AM in Conference Room 4, on the status of preparations for the forum.',
        false,
      ),
    ).toBe('the status of preparations for the forum');
    expect(
      subjectOf(
        "Le Président tiendra une séance d'information le mercredi 3 mai 2028, à 15 heures, dans la salle XX du Palais des Nations, sur l'état des préparatifs de la session.",
        false,
      ),
    ).toBe("l'état des préparatifs de la session");
    expect(
      subjectOf(
        'La Presidenta convocará una sesión informativa el jueves 8 de junio de 2028, a las 10.00 horas, en la Sala de Conferencias 1, sobre el estado de los preparativos.',
        false,
      ),
    ).toBe('el estado de los preparativos');
  });

  it('keeps an acronym the subject goes on after, and drops one that closes it', () => {
    expect(
      subjectOf(
        'The President will convene a briefing on the high-level political forum (HLPF) and the high-level segment.',
        false,
      ),
    ).toBe('the high-level political forum (HLPF) and the high-level segment');
    expect(
      subjectOf(
        'The President will convene a briefing on the high-level political forum (HLPF).',
        false,
      ),
    ).toBe('the high-level political forum');
  });
});

describe('round t42b: informal consultations, and a name ending before an accented verb', () => {
  it.each([
    [
      'Open-ended informal consultations on the future of the treaty bodies will be held on 3 May.',
      'the future of the treaty bodies',
    ],
    [
      'The President will convene intergovernmental consultations on the scope of the declaration.',
      'the scope of the declaration',
    ],
    [
      'Una reunión sobre la seguridad vial se celebrará el 4 de mayo de 2027 en Ginebra.',
      'la seguridad vial',
    ],
  ])('reads the subject: %s', (sentence, subject) => {
    expect(subjectOf(sentence, false)).toBe(subject);
  });

  it('does not read a process named by bare consultations as a sitting', () => {
    expect(
      subjectOf('Chile and Kenya, co-facilitators to lead consultations on water.', false),
    ).toBeNull();
  });
});
