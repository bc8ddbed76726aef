import { describe, expect, it } from 'vitest';
import { findExpectedOutcome } from '../findExpectedOutcome.js';
import { toNoteLayout } from '../layout/NoteLayout.js';
import { looksAheadToProduct } from './productAhead.js';

function outcome(text: string): string | null {
  return findExpectedOutcome(toNoteLayout(text))?.value ?? null;
}

describe('looksAheadToProduct', () => {
  it('reads a product adopted in the passive future and the adoption of a draft', () => {
    expect(
      outcome(
        'La réunion comprendra deux tables rondes. Une déclaration politique sur la jeunesse sera adoptée à la séance de clôture.',
      ),
    ).toBe('political declaration');
    expect(
      outcome(
        'El período de sesiones será breve. Al final se aprobará una declaración política sobre la igualdad.',
      ),
    ).toBe('political declaration');
    expect(
      outcome(
        'The meeting will hear statements by the Chair and the Secretary-General, followed by the adoption of the draft Political Declaration.',
      ),
    ).toBe('political declaration');
    expect(
      outcome(
        'Norway plans to prepare a chair’s summary reflecting the views of the briefers and participants.',
      ),
    ).toBe("Chair's summary");
  });

  it('reads no adoption that lies in the past', () => {
    expect(
      looksAheadToProduct(
        'The meeting will review progress since the adoption of the Political Declaration in 2016.',
      ),
    ).toBe(false);
    expect(looksAheadToProduct('La déclaration politique a été adoptée en 2011.')).toBe(false);
  });
});

describe('a summary established by the presiding officer, in French and Spanish', () => {
  it('is the President’s, or the Chair’s for a commission', () => {
    expect(
      outcome(
        "Le Président de l'Assemblée générale convoquera le débat.\n\nUn résumé des échanges établi par le Président sera distribué.",
      ),
    ).toBe("President's summary");
    expect(
      outcome(
        'La Presidenta de la Comisión convocará la mesa redonda.\n\nUn resumen de los debates elaborado por la Presidenta se incluirá en el informe.',
      ),
    ).toBe("Chair's summary");
  });
});
