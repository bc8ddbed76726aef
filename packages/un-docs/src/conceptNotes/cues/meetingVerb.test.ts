import { describe, expect, it } from 'vitest';
import { fromBlocks } from '../NoteText.js';
import { leansToNote } from './leaningToNote.js';
import { meetsAsBody } from './meetingVerb.js';

// Session 27: a body's meeting named by its verb, on a day ahead.
describe('meetsAsBody', () => {
  it.each([
    'The Security Council will meet on Friday to consider the situation.',
    'El Consejo Económico y Social se reunirá el martes.',
    'L’Assemblée générale se réunira jeudi.',
    'Совет Безопасности соберется в пятницу.',
    'يجتمع مجلس الأمن يوم الجمعة.',
  ])('reads a meeting in "%s"', (sentence) => {
    expect(meetsAsBody(sentence)).toBe(true);
  });

  it.each([
    'The Secretary-General will meet with the Foreign Minister on Friday.',
    'El Presidente se reunirá con los coordinadores el martes.',
    'Генеральный секретарь встретится с министром в пятницу.',
  ])('reads no body\'s meeting in "%s"', (sentence) => {
    expect(meetsAsBody(sentence)).toBe(false);
  });
});

describe('leansToNote on a body that will meet on a day (session 27)', () => {
  it.each([
    ['El Consejo de Seguridad se reunirá este lunes tras los ataques en la región.'],
    ['The Security Council will meet on Monday after the attacks in the region.'],
    ['Le Conseil de sécurité se réunira lundi après les attaques dans la région.'],
  ])('takes "%s"', (sentence) => {
    expect(leansToNote(fromBlocks([sentence]))).toBe(true);
  });

  it('refuses a body that met', () => {
    const note = fromBlocks(['El Consejo de Seguridad se reunió el lunes tras los ataques.']);
    expect(leansToNote(note)).toBe(false);
  });
});
