import { describe, expect, it } from 'vitest';
import { parseConceptNote } from '../parseConceptNote.js';
import { aboutTheFloor, floorDeadline } from './speakersList.js';

// Round 14: registering to attend is not a submission (the 2026-12-05 convention); registering
// to speak and inscribing on the list of speakers still are.
describe('aboutTheFloor', () => {
  it.each([
    'Delegations wishing to speak are requested to register to speak by 3 May 2027.',
    'Member States are invited to inscribe on the list of speakers through e-Speakers.',
    'Delegations should inscribe by writing to x@mission.org by 3 May 2027.',
    "Les délégations sont priées de s'inscrire sur la liste des orateurs avant le 3 mai.",
    'Las delegaciones que deseen intervenir deberán inscribirse a más tardar el 3 de mayo.',
    // Round 15a: taking part in a debate is speaking in it.
    "Les délégations qui souhaitent participer au débat sont priées de s'inscrire avant le 3 mai.",
  ])('takes %s', (sentence) => {
    expect(aboutTheFloor(sentence)).toBe(true);
  });

  it.each([
    'RSVP by Friday 9 July to events@mission.org.',
    'Kindly R.S.V.P. to events@mission.org by 9 July 2027.',
    'Delegates wishing to attend are requested to register to attend by 9 July 2027.',
    'Registration for participants closes on 9 July 2027.',
    "Les participants sont priés de s'inscrire avant le 9 juillet.",
    'Quienes deseen asistir deberán inscribirse a más tardar el 9 de julio.',
    'Se ruega confirmar asistencia antes del 9 de julio.',
    // Round 15a: taking part in a workshop is attending it.
    "Les délégués qui souhaitent participer à l'atelier sont priés de s'inscrire avant le 9 juillet.",
    'Los delegados que deseen participar en el taller deberán inscribirse antes del 9 de julio.',
  ])('leaves %s', (sentence) => {
    expect(aboutTheFloor(sentence)).toBe(false);
    expect(floorDeadline(sentence, '2027-07-14')).toBeNull();
  });
});

/** A side event's note, its last lines being the ones under test. */
const sideEvent = (...lines: string[]): string =>
  [
    'Side event: Ocean data for resilient coasts',
    '',
    'Co-hosted by Fiji and Portugal',
    '',
    'Wednesday 14 July 2027, 1:15 – 2:30 p.m., Conference Room 6',
    ...lines.flatMap((line) => ['', line]),
  ].join('\n');

describe('a registration to attend in a note', () => {
  it('gives no submission, and leaves the statements their own', () => {
    const note = parseConceptNote(
      sideEvent(
        'Written statements may be sent to statements@mission.org by 12 July 2027.',
        'RSVP by 9 July 2027 to rsvp@mission.org.',
      ),
    );
    expect(note.submission).toEqual({ email: 'statements@mission.org', deadline: '2027-07-12' });
  });

  it('keeps a line about attending that names the statements', () => {
    const note = parseConceptNote(
      sideEvent(
        'Participants may send their statements by 12 July 2027.',
        'Statements of participants: statements@mission.org',
      ),
    );
    expect(note.submission).toEqual({ email: 'statements@mission.org', deadline: '2027-07-12' });
  });
});

// Round 15a: the list of speakers may close at noon.
describe('floorDeadline at noon', () => {
  it.each([
    'Member States wishing to speak should inscribe no later than 12 noon on Friday, 21 May 2027.',
    "Les délégations qui souhaitent prendre la parole s'inscrivent au plus tard à midi le vendredi 21 mai 2027.",
    'Las delegaciones que deseen intervenir deberán inscribirse a más tardar al mediodía del viernes 21 de mayo de 2027.',
  ])('reads %s', (sentence) => {
    expect(floorDeadline(sentence, '2027-05-25')).toBe('2027-05-21');
  });
});
