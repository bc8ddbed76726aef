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

// Session 27: a meeting's subject given by a verb of focus.
describe('leansToNote on a meeting named with what it will focus on (session 27)', () => {
  it.each([
    ['- جلسة الجمعية العامة تركز على تمويل التنمية'],
    ['جلسة مجلس حقوق الإنسان ستتناول حماية الصحفيين'],
    ['La sesión del Consejo de Seguridad se centrará en la protección de civiles.'],
    ['The Council meeting will focus on financing for development.'],
  ])('takes "%s"', (sentence) => {
    expect(leansToNote(fromBlocks([sentence]))).toBe(true);
  });

  it('refuses the meeting that focused on its subject', () => {
    const note = fromBlocks(['ركزت جلسة الجمعية العامة التي عقدت أمس على تمويل التنمية']);
    expect(leansToNote(note)).toBe(false);
  });
});

// Session 27: a French news item's expectation, reported after it.
describe('leansToNote on a French expectation reported (session 27)', () => {
  it('takes the meetings expected, a speaker said, over a session dated ahead', () => {
    const note = fromBlocks([
      'Les réunions du Conseil économique et social devraient accueillir 40 ministres, a déclaré mardi sa présidente. La session s’ouvrira le 8 juillet.',
      'La présidente a rappelé avoir tenu 12 réunions.',
    ]);
    expect(leansToNote(note)).toBe(true);
  });

  it('refuses the meetings held, a speaker said', () => {
    const note = fromBlocks([
      'Les réunions du Conseil économique et social ont accueilli 40 ministres, a déclaré mardi sa présidente. La session s’est ouverte le 8 juillet.',
    ]);
    expect(leansToNote(note)).toBe(false);
  });
});

// Round t43k: a coverage release's meeting number and sitting label the meeting it records.
describe('leansToNote on a release’s meeting number line (round t43k)', () => {
  it('refuses a release whose only named meeting is its own sitting', () => {
    const blocks = [
      'Département de l’information',
      'Conseil économique et social',
      'Session d’organisation',
      '4e séance - matin',
      'Le Conseil a examiné ce matin les préparatifs des réunions régionales prévues en mai.',
    ];
    expect(leansToNote(fromBlocks(blocks))).toBe(false);
  });

  it('still takes the event the release announces with its day', () => {
    const blocks = [
      'Département de l’information',
      'Conseil économique et social',
      'Session d’organisation',
      '4e séance - matin',
      'Le Conseil tiendra une réunion sur l’emploi des jeunes le 12 mai 2031 à New York.',
    ];
    expect(leansToNote(fromBlocks(blocks))).toBe(true);
  });
});
