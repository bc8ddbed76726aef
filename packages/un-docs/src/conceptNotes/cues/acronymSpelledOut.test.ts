import { describe, expect, it } from 'vitest';
import { acronymSpelledOut } from './acronymSpelledOut.js';
import { candidate } from './Candidate.js';

const sentence = (text: string) => ({ text, block: 1 });

describe('acronymSpelledOut', () => {
  it("spells out a title's acronym as the text prints it", () => {
    const [title] = acronymSpelledOut(
      [candidate('NCDs', 0.58, '3rd UN High-Level Meeting on NCDs', 'titleSubject')],
      [
        sentence(
          'The meeting will review the prevention and control of non-communicable diseases.',
        ),
      ],
    );
    expect(title?.value).toBe('non-communicable diseases');
  });

  it("keeps an acronym the text does not spell out, and a sentence's subject", () => {
    const sentences = [sentence('The meeting on UHC will be held on 21 September 2027.')];
    expect(
      acronymSpelledOut([candidate('UHC', 0.58, 'Meeting on UHC', 'titleSubject')], sentences)[0]
        ?.value,
    ).toBe('UHC');
    expect(
      acronymSpelledOut(
        [candidate('SIDS', 0.5, 'A meeting on SIDS', 'announcedSubject')],
        [sentence('small island developing States')],
      )[0]?.value,
    ).toBe('SIDS');
  });
});
