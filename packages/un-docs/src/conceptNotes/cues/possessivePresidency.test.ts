import { describe, expect, it } from 'vitest';
import { toNoteLayout } from '../layout/NoteLayout.js';
import { presidencyCandidates } from './presidencyCues.js';

// Round t42c: a State's name in the English possessive before "presidency" (presidencyCues.ts).
// Read in a note's body, not as a title line, which presidencyLine reads by other means.
function presidency(text: string): string | null {
  const note = toNoteLayout(`Concept note\n\nBackground\n\n${text}`);
  return presidencyCandidates(note).find(({ cue }) => cue !== 'presidencyInTitle')?.value ?? null;
}

describe("a State's presidency in the possessive", () => {
  it.each([
    [
      'The open debate is the signature event of Malta’s presidency of the Council in February.',
      'Malta',
    ],
    [
      "The briefing, a highlight of the United Kingdom's rotating presidency, will take place on 3 May.",
      'United Kingdom of Great Britain and Northern Ireland',
    ],
    [
      "This high-level debate is one of the two signature events of Ecuador's Council presidency.",
      'Ecuador',
    ],
    [
      "Under Russia's presidency, the Security Council will hold a ministerial open debate.",
      'Russian Federation',
    ],
  ])('%s', (sentence, state) => {
    expect(presidency(sentence)).toBe(state);
  });

  it.each([
    // A presidency recorded as past.
    "In 2019 the Council held a debate on the topic during Kuwait's presidency.",
    // A possessive that is not the State's.
    "The Group's presidency of the debate will rotate.",
  ])('reads none from %s', (sentence) => {
    expect(presidency(sentence)).toBeNull();
  });
});
