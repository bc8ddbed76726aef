import { describe, expect, it } from 'vitest';
import { toNoteLayout } from '../layout/NoteLayout.js';
import { accreditingBody } from './accreditingBody.js';
import { bodyCandidates } from './bodyCues.js';
import { forumUnderAuspices } from './forumAuspices.js';

// Round t42c: a body named only as the one accrediting NGOs, in a compound after its name, or as
// the one a forum the sentence names meets under, is not the meeting's body.
function at(text: string, name: string): number {
  return text.indexOf(name);
}

describe('a body named as the one accrediting, compounded with the participle', () => {
  it.each([
    ['Registration is open to ECOSOC-accredited NGOs.', 'ECOSOC'],
    [
      'Only Economic and Social Council accredited organizations may attend.',
      'Economic and Social Council',
    ],
    ['Human Rights Council-accredited national institutions may speak.', 'Human Rights Council'],
  ])('%s', (text, name) => {
    expect(accreditingBody(text, at(text, name))).toBe(true);
  });

  it('leaves a body that meets', () => {
    const text = 'The Economic and Social Council will hold a special meeting on 4 May.';
    expect(accreditingBody(text, at(text, 'Economic'))).toBe(false);
  });
});

describe('a body lending its auspices to a forum the sentence names', () => {
  it.each([
    [
      'The high-level political forum under the auspices of the General Assembly will meet in September.',
      'General Assembly',
    ],
    [
      "Le Forum politique de haut niveau se réunira sous les auspices de l'Assemblée générale en septembre.",
      'Assemblée générale',
    ],
    [
      'El foro se celebrará bajo los auspicios del Consejo Económico y Social en julio.',
      'Consejo Económico y Social',
    ],
  ])('%s', (text, name) => {
    expect(forumUnderAuspices(text, at(text, name))).toBe(true);
  });

  it('leaves a meeting held under auspices with no forum named', () => {
    const text = 'A panel discussion under the auspices of the Human Rights Council will be held.';
    expect(forumUnderAuspices(text, at(text, 'Human Rights Council'))).toBe(false);
  });

  it('gives no body to a note naming the body only so', () => {
    const note = toNoteLayout(
      'Call for inputs\n\nThe high-level political forum under the auspices of the General Assembly will be convened in September.\n\nRegistration is open to ECOSOC-accredited NGOs.',
    );
    expect(bodyCandidates(note)).toEqual([]);
  });
});
