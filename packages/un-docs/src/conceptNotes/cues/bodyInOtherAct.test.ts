import { describe, expect, it } from 'vitest';
import { toNoteLayout } from '../layout/NoteLayout.js';
import { bodyCandidates } from './bodyCues.js';
import { bodyInOtherAct } from './bodyInOtherAct.js';

function firstMentionBody(text: string): string | null {
  const found = bodyCandidates(toNoteLayout(text)).find(({ cue }) => cue === 'firstMention');
  return found?.value ?? null;
}

// Round t43c: a body reviewing or under review is not the meeting's body.
describe('a body named as the author or the subject of a review', () => {
  it.each([
    'Breakfast dialogue hosted by the Permanent Missions of Fiji and Norway on lessons for the General Assembly’s upcoming review of the Peacebuilding Commission.',
    'Un séminaire organisé par la Mission permanente du Maroc sur la réforme du Conseil de sécurité aura lieu le 3 mai.',
    'Un taller organizado por las Misiones de Chile y Kenia sobre la revisión del Consejo de Derechos Humanos tendrá lugar el 9 de junio.',
  ])('%s', (sentence) => {
    expect(firstMentionBody(sentence)).toBeNull();
  });

  it.each([
    [
      'The General Assembly’s high-level meeting on antimicrobial resistance will be held on 26 September.',
      'General Assembly',
    ],
    [
      'The Human Rights Council will hold a panel discussion on the review of national mechanisms on 12 March.',
      'Human Rights Council',
    ],
  ])('still reads %s', (sentence, body) => {
    expect(firstMentionBody(sentence)).toBe(body);
  });

  it('reads where the body stands', () => {
    const text = 'the review of the Human Rights Council';
    expect(bodyInOtherAct(text, text.indexOf('Human'), 'Human Rights Council'.length)).toBe(true);
  });
});
