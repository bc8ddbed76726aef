import { describe, expect, it } from 'vitest';
import { findExpectedOutcome } from './findExpectedOutcome.js';
import { toNoteLayout } from './layout/NoteLayout.js';

function outcome(text: string): string | null {
  return findExpectedOutcome(toNoteLayout(text))?.value ?? null;
}

describe('findExpectedOutcome', () => {
  it.each([
    [
      'The Minister will chair. A presidential statement is under consideration.',
      'presidential statement',
    ],
    [
      'Las intervenciones no deberán exceder de tres minutos. La reunión no dará lugar a un documento negociado.',
      'no formal outcome',
    ],
    [
      'La Presidenta de la Comisión de Consolidación de la Paz convocará una reunión.\n\nLa Presidenta circulará un resumen de la reunión.',
      "Chair's summary",
    ],
    [
      'El Presidente de la Asamblea General convocará un debate.\n\nEl Presidente circulará un resumen del debate.',
      "President's summary",
    ],
    ["Outcome: Co-chairs' summary, to be circulated to all Member States.", "Co-chairs' summary"],
    // Round 29: a sentence whose subject is the expected outcome outranks one on what the
    // discussion will inform.
    [
      'The discussions will inform the work of the regional network. Expected outcomes include a map of mediators and recommendations for their participation.',
      'Expected outcomes include a map of mediators and recommendations for their participation.',
    ],
    [
      'Los debates servirán de base para la estrategia regional. Los resultados esperados de la reunión son un mapa de las redes y recomendaciones.',
      'Los resultados esperados de la reunión son un mapa de las redes y recomendaciones.',
    ],
    ['Expected outcome\n\nco-hosts’ summary of the key messages.', "Co-hosts' summary"],
    [
      'La Comisión de Consolidación de la Paz convocará una reunión.\n\nLa Presidencia de la Comisión distribuirá un resumen de la reunión.',
      "Chair's summary",
    ],
    [
      '1. Background\n\nThe Chair will convene a meeting.\n\n2. Expected outcome\n\nKey messages of the Chair, to be shared with the Council.',
      'Key messages of the Chair, to be shared with the Council.',
    ],
  ])('reads %s', (text, expected) => {
    expect(outcome(text)).toBe(expected);
  });
});
