import { describe, expect, it } from 'vitest';
import { heldIfConfirmed } from './underConsideration.js';

describe('heldIfConfirmed', () => {
  it('reads a meeting held in the conditional or as a possibility, in three languages', () => {
    expect(heldIfConfirmed('If confirmed, the meeting would be held next Monday.')).toBe(true);
    expect(heldIfConfirmed('The Council is considering an Arria-formula meeting on X.')).toBe(true);
    expect(heldIfConfirmed('Une réunion sur X pourrait se tenir la semaine prochaine.')).toBe(true);
    expect(heldIfConfirmed('La nueva reunión, de confirmarse, se llevaría a cabo el lunes.')).toBe(
      true,
    );
  });

  it('does not read a meeting announced in the future', () => {
    expect(heldIfConfirmed('The Council will hold an open debate on X.')).toBe(false);
  });
});
