import { describe, expect, it } from 'vitest';
import { calledEventFirst } from './calledEventFirst.js';

describe('calledEventFirst', () => {
  it('reads a first sentence opening on "the event", in English, French and Spanish', () => {
    expect(calledEventFirst('The event is the fourth in a series convened by the President.')).toBe(
      true,
    );
    expect(calledEventFirst('El evento de dos días es el sexto de los convocados por Ashe.')).toBe(
      true,
    );
    expect(calledEventFirst('L’événement est le deuxième d’une série.')).toBe(true);
  });

  it('reads no other opening', () => {
    expect(calledEventFirst('The forum will adopt a declaration.')).toBe(false);
    expect(calledEventFirst('The eventual outcome is a summary.')).toBe(false);
    expect(calledEventFirst('Ministers will attend the event.')).toBe(false);
  });
});
