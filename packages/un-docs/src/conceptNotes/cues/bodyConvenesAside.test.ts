import { describe, expect, it } from 'vitest';
import { toNoteLayout } from '../layout/NoteLayout.js';
import { convenerCandidates } from './convenerCues.js';

// Round t42c: a body convening past a relative clause describing it (relativeAside.ts), named
// with "UN" before it, or that "is expected to meet" or "will be holding" (convenerCues.ts).
function bodyConvening(text: string): string | null {
  const note = toNoteLayout(`Press release\n\nBackground\n\n${text}`);
  return convenerCandidates(note).find(({ cue }) => cue === 'bodyConvenes')?.value ?? null;
}

describe('a body convening, as press releases word it', () => {
  it.each([
    [
      'The Human Rights Council, which is made up of 47 Member States, will hold a panel discussion on 4 March.',
      'the Human Rights Council',
    ],
    [
      'Le Conseil économique et social, qui réunit 54 États membres, tiendra une réunion spéciale le 2 mai.',
      'le Conseil économique et social',
    ],
    [
      'The UN General Assembly will be convening a high-level meeting on 22 September.',
      'the UN General Assembly',
    ],
    [
      'The Peacebuilding Commission is scheduled to meet on 12 June on the situation in the Sahel.',
      'the Peacebuilding Commission',
    ],
  ])('%s', (sentence, convener) => {
    expect(bodyConvening(sentence)).toBe(convener);
  });

  it.each([
    // A clause with commas of its own is not read past.
    'The Human Rights Council, which, in 2007, created the mechanism, will hold a panel on 4 March.',
    // A body that met, not one that will.
    'The Peacebuilding Commission met on 12 June on the situation in the Sahel.',
  ])('reads no convening body in %s', (sentence) => {
    expect(bodyConvening(sentence)).toBeNull();
  });
});
