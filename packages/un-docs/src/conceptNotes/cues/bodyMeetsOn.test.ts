import { describe, expect, it } from 'vitest';
import { bodyMeetsOnSubject } from './bodyMeetsOn.js';

describe('bodyMeetsOnSubject (round t42b)', () => {
  it.each([
    [
      'The Human Rights Council is expected to meet next week on the situation of migrants at sea.',
      'the situation of migrants at sea',
    ],
    [
      'The Security Council will meet on Friday on the protection of humanitarian workers in Sudan.',
      'the protection of humanitarian workers in Sudan',
    ],
    [
      'The UN General Assembly will on Monday meet for an emergency debate on the humanitarian crisis in the Sahel, its President said.',
      'the humanitarian crisis in the Sahel',
    ],
    [
      'La Commission de consolidation de la paix se réunira la semaine prochaine sur la transition au Burkina Faso.',
      'la transition au Burkina Faso',
    ],
    [
      'El Consejo de Seguridad se reunirá el martes sobre la situación humanitaria en Haití.',
      'la situación humanitaria en Haití',
    ],
  ])('reads what a body will meet on: %s', (sentence, subject) => {
    expect(bodyMeetsOnSubject(sentence)).toBe(subject);
  });

  it.each([
    'The Security Council met on Friday on the situation in Haiti.',
    'The President of the Council will meet with civil society on the margins of the session.',
    'The Commission will meet on Thursday.',
  ])('reads no subject where the body met, meets someone or gives none: %s', (sentence) => {
    expect(bodyMeetsOnSubject(sentence)).toBeNull();
  });
});
