import { describe, expect, it } from 'vitest';
import { toNoteLayout } from '../layout/NoteLayout.js';
import { signatureStates } from './signatureStates.js';

function convener(text: string): string | null {
  return signatureStates(toNoteLayout(text))[0]?.value ?? null;
}

const SIGNED = `(Signed) Vanessa Frazier
Permanent Representative of Malta to the United Nations

(Signed) Michael Imran Kanu
Permanent Representative of Sierra Leone to the United Nations`;

describe('signatureStates', () => {
  it('reads the signatories when the letter speaks for them', () => {
    expect(
      convener(
        `Excellency,\n\nWe have the pleasure to invite your delegation to an Arria-formula meeting on 13 May 2027.\n\n${SIGNED}`,
      ),
    ).toBe('Malta and Sierra Leone');
    expect(
      convener(
        `Excellency,\n\nThe co-facilitators will hold an informal meeting on 9 March 2027.\n\n${SIGNED}`,
      ),
    ).toBe('Malta and Sierra Leone');
  });

  it('keeps the note\'s language and reads "we" in a Spanish verb', () => {
    const firmado = `(Firmado) Héctor Vasconcelos\nRepresentante Permanente de México ante las Naciones Unidas\n\n(Firmado) Merete Fjeld Brattested\nRepresentante Permanente de Noruega ante las Naciones Unidas`;
    expect(
      convener(
        `Excelentísimo señor:\n\nTenemos el honor de invitar a su delegación a una reunión con arreglo a la fórmula Arria.\n\n${firmado}`,
      ),
    ).toBe('México y Noruega');
  });

  it('reads each representative of a letter flattened to one line (round 11)', () => {
    expect(
      convener(
        'I have the pleasure to transmit a letter from H.E. Ms. Gillian Bird, Permanent Representative of Australia and H.E. Mr. Martin Garcia Moritan, Permanent Representative of Argentina, Co-Facilitators to lead consultations. The co-facilitators will hold an open meeting on 6 March 2017.',
      ),
    ).toBe('Australia and Argentina');
  });

  it('reads nobody when the letter does not speak for its signatories', () => {
    expect(
      convener(
        `Excellency,\n\nThe President of the General Assembly will convene a high-level meeting.\n\n${SIGNED}`,
      ),
    ).toBeNull();
  });
});
