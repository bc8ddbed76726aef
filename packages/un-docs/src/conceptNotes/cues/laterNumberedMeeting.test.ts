import { describe, expect, it } from 'vitest';
import { toNoteLayout } from '../layout/NoteLayout.js';
import { pickBest } from './Candidate.js';
import { themeCandidates } from './themeCues.js';
import { isTextKindLabel } from './themeHeadingCues.js';

const theme = (text: string): string | undefined =>
  pickBest(themeCandidates(toNoteLayout(text)))?.value;

describe('firstNumberedMeeting (round t42b)', () => {
  it.each([
    [
      'The Secretariat informs delegations of two meetings:\n\n1) Informal consultations on the review of the treaty bodies will be held on Monday, 4 May 2027 at 10 a.m. in Room XX.\n\n2) A briefing for civil society on “Treaty bodies at fifty: what next?” will be held on Monday, 4 May 2027 at 3 p.m.',
      'the review of the treaty bodies',
    ],
    [
      'Le Secrétariat annonce :\n\na) Une réunion sur la protection des journalistes se tiendra le mardi 5 mai 2027 à 10 heures.\n\nb) Une réunion-débat intitulée « Médias et paix » se tiendra le mardi 5 mai 2027 à 15 heures.',
      'la protection des journalistes',
    ],
    [
      'La Secretaría informa:\n\n1. Una reunión sobre la seguridad vial se celebrará el lunes 4 de mayo de 2027.\n\n2. Un diálogo interactivo sobre «Ciudades seguras para todos» se celebrará el martes 5 de mayo de 2027.',
      'la seguridad vial',
    ],
  ])('reads the first numbered meeting’s subject: %s', (text, subject) => {
    expect(theme(text)).toBe(subject);
  });

  it('keeps a later item’s quoted theme when the first names no subject', () => {
    expect(
      theme(
        '1) Registration will open on 1 April 2027.\n\n2) A high-level meeting on “Oceans and climate” will be held on 4 May 2027.',
      ),
    ).toBe('Oceans and climate');
  });

  it('keeps the theme of a note whose numbered paragraphs are about one meeting', () => {
    expect(
      theme(
        '1. In its resolution 82/17, the General Assembly decided to hold a high-level meeting on coastal erosion.\n\n2. The high-level meeting will be held under the theme “Holding the line: coasts in a warming world”.',
      ),
    ).toBe('Holding the line: coasts in a warming world');
  });

  it('takes a shortened information note’s label for no theme', () => {
    expect(isTextKindLabel('Info note to NGOs')).toBe(true);
    expect(isTextKindLabel('Info note on the road to Glasgow')).toBe(false);
  });
});
