import { describe, expect, it } from 'vitest';
import { toNoteLayout } from '../layout/NoteLayout.js';
import { presidedBy } from './presidedBy.js';
import { stateAsPresider } from './presidedByState.js';

function presider(text: string): string | null {
  return presidedBy(toNoteLayout(`Concept note\n\nBackground\n\n${text}`))[0]?.value ?? null;
}

// Round t43c: a State named alone as the one that will preside over the meeting.
describe('a State named alone after "chaired by", `presidida por`', () => {
  it.each([
    [
      'La sesión estará presidida por Noruega, que ocupa la presidencia rotativa este mes.',
      'Norway',
    ],
    [
      'The open debate will be chaired by Sierra Leone, which holds the presidency.',
      'Sierra Leone',
    ],
    ['La séance sera présidée par la Slovénie, qui préside le Conseil en mars.', 'Slovenia'],
  ])('%s', (sentence, state) => {
    expect(presider(sentence)).toBe(state);
  });

  it.each([
    // A group, not a State.
    'The briefing will be chaired by the Group of Friends of Mediation.',
    // A State's minister: the title cues read it, not this one.
    'chaired by the Minister for Foreign Affairs of Ecuador',
    // A State among other words.
    'presidida por una delegación invitada de Chile y de Perú',
  ])('reads no State from %s', (sentence) => {
    expect(stateAsPresider(sentence)).toBeNull();
  });
});
