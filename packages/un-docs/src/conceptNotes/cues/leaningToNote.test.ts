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
  ])('takes %s', (_, blocks) => {
    expect(leansToNote(fromBlocks(blocks))).toBe(true);
  });

  it.each([
    ['meetings named only as a practice', ['Such meetings may be held at the request of members.']],
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
