import { describe, expect, it } from 'vitest';
import { holdsInPresent } from './heldInPresent.js';

describe('holdsInPresent', () => {
  it('reads one meeting held in the present, its clause to the first comma', () => {
    expect(
      holdsInPresent(
        'The Security Council holds its annual open debate on working methods, referring to the compendium adopted in December 2024.',
      ),
    ).toBe(true);
    expect(holdsInPresent('Le Conseil de sécurité tient son débat public annuel sur X.')).toBe(
      true,
    );
    expect(holdsInPresent('El Consejo de Seguridad celebra su debate abierto anual sobre X.')).toBe(
      true,
    );
  });

  it('reads neither a practice nor a past tense', () => {
    expect(holdsInPresent('The Security Council holds open debates and briefings.')).toBe(false);
    expect(holdsInPresent('The Security Council held its annual open debate on X.')).toBe(false);
  });
});
