import { describe, expect, it } from 'vitest';
import { confirmsAttendance } from './confirmingAttendance.js';
import { floorDeadline } from './speakersList.js';

describe('confirmsAttendance', () => {
  it('reads a request to confirm whether someone will take part (round t42d)', () => {
    for (const text of [
      'Please confirm by 2 May whether the Minister will participate, so that we can inscribe Chile on the list of speakers.',
      "Merci de nous confirmer d'ici au 3 mai si la Ministre participera, afin de l'inscrire sur la liste des orateurs.",
      'Agradeceremos que nos confirmen antes del 28 de abril si la Viceministra asistirá, para inscribirla en la lista de oradores.',
    ]) {
      expect(confirmsAttendance(text)).toBe(true);
      expect(floorDeadline(text, '2027-05-10')).toBeNull();
    }
  });

  it('leaves the list of speakers its own deadline', () => {
    const text =
      'Delegations wishing to speak may inscribe on the list of speakers no later than 6 May 2027; please confirm the level of the speaker.';
    expect(confirmsAttendance(text)).toBe(false);
    expect(floorDeadline(text, '2027-05-10')).toBe('2027-05-06');
  });
});
