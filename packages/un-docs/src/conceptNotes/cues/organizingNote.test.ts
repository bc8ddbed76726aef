import { describe, expect, it } from 'vitest';
import { organizesMeeting } from './organizingNote.js';

describe('organizesMeeting', () => {
  it('reads a title naming the meeting the document arranges', () => {
    expect(organizesMeeting('Organization of the high-level meeting on groundwater')).toBe(true);
    expect(organizesMeeting('Modalities of the interactive dialogue on albinism')).toBe(true);
    expect(organizesMeeting('Organisation de la réunion de haut niveau sur les océans')).toBe(true);
    expect(organizesMeeting('Modalidades de la reunión de alto nivel sobre el agua')).toBe(true);
  });

  it('leaves a report’s subject, and an organization named for itself', () => {
    expect(organizesMeeting('Implementation of the outcome of the World Summit')).toBe(false);
    expect(organizesMeeting('Organization of American States: cooperation with the UN')).toBe(
      false,
    );
    expect(organizesMeeting('Follow-up to the high-level meeting on AIDS')).toBe(false);
  });
});
