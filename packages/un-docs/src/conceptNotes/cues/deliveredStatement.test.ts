import { describe, expect, it } from 'vitest';
import { fromBlocks } from '../NoteText.js';
import { deliveredStatement } from './deliveredStatement.js';
import { namesOwnAssembly } from './ownAssembly.js';

// Round 15a: a statement as delivered is a record, not a note; an association's own general
// assembly is not the United Nations General Assembly.
describe('deliveredStatement', () => {
  it.each([
    'Statement by H.E. Ms. Mona Juul, Ambassador and Permanent Representative of Norway',
    'Déclaration de S.E. M. Philippe Kridelka, Représentant permanent de la Belgique',
    'Intervención de S.E. Embajador Néstor Osorio, Representante Permanente de Colombia Agradezco …',
  ])('takes a text headed %s', (heading) => {
    expect(deliveredStatement(fromBlocks(['Security Council open debate', heading]))).toBe(true);
  });

  it.each([
    'Opening remarks by the co-hosts',
    'A statement by the President of the Security Council on this matter is expected.',
    'Remarks by the President',
  ])('leaves a note holding %s', (line) => {
    expect(deliveredStatement(fromBlocks(['Concept note', line]))).toBe(false);
  });
});

describe('namesOwnAssembly', () => {
  it.each([
    'Our General Assembly will be held on 15 May 2027 in Brussels.',
    'Notre assemblée générale annuelle aura lieu le 24 avril.',
    'Nuestra asamblea general anual se celebrará el 3 de junio de 2027.',
  ])('takes %s', (sentence) => {
    expect(namesOwnAssembly(sentence)).toBe(true);
  });

  it('leaves the General Assembly of the United Nations', () => {
    expect(namesOwnAssembly('The General Assembly will hold a high-level meeting.')).toBe(false);
  });
});
