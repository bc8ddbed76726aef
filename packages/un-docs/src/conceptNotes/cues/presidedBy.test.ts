import { describe, expect, it } from 'vitest';
import { toNoteLayout } from '../layout/NoteLayout.js';
import { presidedBy } from './presidedBy.js';

function presider(text: string): string | null {
  return presidedBy(toNoteLayout(`Concept note\n\nBackground\n\n${text}`))[0]?.value ?? null;
}

// Round t42c: the title of who will chair, in the lower case news gives it.
describe('a presider named by a title in lower case', () => {
  it.each([
    [
      'The president of Ghana, John Mahama, is expected to chair the open debate on Thursday.',
      'Ghana',
    ],
    ['The debate will be chaired by the foreign minister of Guyana.', 'Guyana'],
    ['The prime minister of Denmark will preside over the high-level briefing.', 'Denmark'],
  ])('%s', (sentence, state) => {
    expect(presider(sentence)).toBe(state);
  });

  it.each([
    // Chaired before: a meeting held.
    'The president of Ghana chaired the open debate held last year.',
    // The president of a body, not of a State.
    'The president of the General Assembly will chair the plenary meeting.',
  ])('reads no presidency from %s', (sentence) => {
    expect(presider(sentence)).toBeNull();
  });
});
