import { describe, expect, it } from 'vitest';
import { toNoteLayout } from '../layout/NoteLayout.js';
import { holderByTitle } from './holderByTitle.js';

function convener(text: string): string | null {
  return holderByTitle(toNoteLayout(text))[0]?.value ?? null;
}

describe('holderByTitle', () => {
  it('gives the office named beside the holder a later sentence calls by title and surname', () => {
    expect(
      convener(
        'At the outset of the session, the President of the General Assembly, Peter Thomson, pledged to report back.\n\nOn 8 September 2017, President Thomson, will convene an informal meeting.',
      ),
    ).toBe('the President of the General Assembly');
    expect(
      convener(
        "Mariam Al-Kuwari, la Présidente du Conseil économique et social, a fait de l'énergie une priorité.\n\nLe 10 mai 2027, la Présidente Al-Kuwari convoquera une réunion spéciale.",
      ),
    ).toBe('la Présidente du Conseil économique et social');
  });

  it('gives nothing when the text never names the holder with an office', () => {
    expect(
      convener('President Thomson will convene an informal meeting on 8 September.'),
    ).toBeNull();
  });
});
