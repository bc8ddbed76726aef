import { describe, expect, it } from 'vitest';
import { toNoteLayout } from '../layout/NoteLayout.js';
import { coFacilitatorStates } from './coFacilitatorStates.js';

function convener(text: string): string | null {
  return coFacilitatorStates(toNoteLayout(`Informal consultations\n\n${text}`))[0]?.value ?? null;
}

describe('co-facilitators who hold the meeting, named by their States', () => {
  it.each([
    [
      'The co-facilitators of the intergovernmental negotiations on the political declaration (Fiji and Portugal) have shared a zero draft. The co-facilitators will convene a first reading on 3 May.',
      'Fiji and Portugal',
    ],
    [
      'The co-chairs (the Permanent Representatives of Ghana and Sweden) wrote to all delegations that they will hold an informal briefing on 12 March.',
      'Ghana and Sweden',
    ],
    [
      'On behalf of the co-facilitators of the review, H.E. Ms. Ana Silva, Permanent Representative of Brazil, and H.E. Mr. Tomas Berg, Permanent Representative of Norway, we announce informal consultations on 9 April.',
      'Brazil and Norway',
    ],
    [
      'Les cofacilitateurs (Maroc et Suisse) tiendront des consultations officieuses le 4 juin. Les cofacilitateurs convoqueront ensuite une seconde réunion.',
      'Maroc et Suisse',
    ],
  ])('%s', (text, states) => {
    expect(convener(text)).toBe(states);
  });

  it.each([
    // Named, but no sentence says they will hold anything.
    'The co-facilitators (Fiji and Portugal) circulated a revised draft of the declaration.',
    // They will hold it, but the bracket names no State.
    'The co-facilitators (appointed in January) will convene informal consultations on 3 May.',
  ])('reads no convener from %s', (text) => {
    expect(convener(text)).toBeNull();
  });
});
