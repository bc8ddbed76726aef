import { describe, expect, it } from 'vitest';
import { fromBlocks } from '../NoteText.js';
import { leansToNote } from './leaningToNote.js';

// Round 34k: a text the stricter kind rules refuse leans to a partial note when it names one
// meeting with its subject or its day and is positively nothing else.
describe('leansToNote', () => {
  it.each([
    [
      'a bare event with its day',
      ['Youth in the Sahel', 'Ireland and Niger organize the event on 18 March 2027 in New York.'],
    ],
    [
      'a réunion and its subject, a body between them',
      ['La réunion du Conseil de sécurité sur la sécurité alimentaire reste à confirmer.'],
    ],
    ['an undated session and its subject', ['Session on financing for peacebuilding']],
    ['a labelled evento', ['Evento: Mujeres rurales y acción climática']],
    [
      'consultations ahead on a day without its year (session 25)',
      ['The co-facilitators will convene informal consultations on Thursday, 28 April, at 3 p.m.'],
    ],
    [
      'an event page whose section headings ask what is being done (session 25)',
      [
        'What is being discussed?',
        'The event will take place on 31 May 2013 to discuss the report on water.',
      ],
    ],
  ])('takes %s', (_, blocks) => {
    expect(leansToNote(fromBlocks(blocks))).toBe(true);
  });

  it.each([
    ['meetings named only as a practice', ['Such meetings may be held at the request of members.']],
    [
      'several meetings ahead on their days (session 25)',
      ['The Committee met to discuss the meetings on Burundi to be held on 12 and 13 October.'],
    ],
    [
      'meetings ahead on a day without its year, in the plural',
      ['The country meetings will be held on 12 October.'],
    ],
    [
      'a record of the session held',
      [
        'Reseña de la sesión sobre agua y paz',
        'La sesión sobre agua y paz se celebró el 4 de febrero de 2027.',
      ],
    ],
    [
      'a coverage release',
      ['9571e séance – matin', 'Le Conseil ouvre son débat public sur ses méthodes de travail.'],
    ],
    [
      'speakers reported in the past',
      [
        'The dialogue on water and peace is a yearly fixture.',
        'The Chair said the dialogue had shown the way.',
      ],
    ],
    [
      'an explainer',
      ['What is an Arria-formula meeting?', 'A meeting on a subject chosen by its convener.'],
    ],
    [
      'an FAQ',
      ['Preguntas frecuentes', 'El diálogo sobre migración reúne a los Estados cada año.'],
    ],
    [
      'a list of meetings on three days',
      [
        '3 March 2027: meeting on cyber threats.',
        '17 March 2027: dialogue on accountability.',
        '7 April 2027: event on digital public goods.',
      ],
    ],
  ])('refuses %s', (_, blocks) => {
    expect(leansToNote(fromBlocks(blocks))).toBe(false);
  });
});
