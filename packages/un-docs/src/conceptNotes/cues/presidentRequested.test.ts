import { describe, expect, it } from 'vitest';
import { toNoteLayout } from '../layout/NoteLayout.js';
import { presidentRequested } from './presidentRequested.js';

const convener = (text: string): string | undefined =>
  presidentRequested(toNoteLayout(text))[0]?.value;

describe('presidentRequested', () => {
  it('reads the President a body requests to convene, in the note language', () => {
    expect(
      convener(
        'In resolution 81/240, the General Assembly requested its President to convene a high-level meeting on the elimination of hunger.',
      ),
    ).toBe('the President of the General Assembly');
    expect(
      convener(
        "Dans sa résolution 81/240, l'Assemblée générale a prié son Président de convoquer une réunion de haut niveau.",
      ),
    ).toBe("le Président de l'Assemblée générale");
    expect(
      convener(
        'En su resolución 81/240, la Asamblea General solicitó a su Presidente que convocara una reunión de alto nivel.',
      ),
    ).toBe('el Presidente de la Asamblea General');
  });

  it('reads nothing from a body that decided to convene the meeting itself', () => {
    expect(
      convener(
        'In its resolution 79/2, the General Assembly decided to convene a high-level meeting.',
      ),
    ).toBeUndefined();
  });
});
