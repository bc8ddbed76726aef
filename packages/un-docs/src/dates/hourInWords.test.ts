import { describe, expect, it } from 'vitest';
import { hourInWords } from './hourInWords.js';

describe('hourInWords', () => {
  it('reads a Spanish or French hour in words with its half of the day', () => {
    expect(hourInWords('El Consejo sesionará a las tres de la tarde, hora local.')?.value).toBe(
      '15:00',
    );
    expect(hourInWords('La reunión empezará a la una y media de la tarde.')?.value).toBe('13:30');
    expect(hourInWords("La séance s'ouvrira à dix heures du matin.")?.value).toBe('10:00');
    expect(hourInWords("Le débat reprendra à quatre heures et quart de l'après-midi.")?.value).toBe(
      '16:15',
    );
  });

  it('reads no hour without its half of the day, nor a count of hours', () => {
    expect(hourInWords('Los debates durarán las tres próximas semanas.')).toBeNull();
    expect(hourInWords('La reunión será a las cuatro.')).toBeNull();
    expect(hourInWords('La séance durera trois heures.')).toBeNull();
  });
});
