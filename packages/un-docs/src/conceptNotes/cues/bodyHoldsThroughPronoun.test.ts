import { describe, expect, it } from 'vitest';
import { bodyHoldingThroughPronoun } from './bodyHoldsThroughPronoun.js';

describe('a body holding its own meeting through a later "it"', () => {
  it.each([
    [
      'The 61st session of the Human Rights Council is under way and, as part of its programme of work, it will hold on Friday its annual panel on the rights of the child.',
      'the Human Rights Council',
    ],
    [
      'The Commission on the Status of Women opens on Monday, and it will also hold its interactive dialogue on 12 March.',
      'the Commission on the Status of Women',
    ],
    [
      "La session de la Commission du développement social s'ouvre lundi et elle tiendra mercredi sa table ronde ministérielle.",
      'la Commission du développement social',
    ],
  ])('%s', (sentence, body) => {
    expect(bodyHoldingThroughPronoun(sentence)).toBe(body);
  });

  it.each([
    // Not its own meeting: "it" holds another's.
    'The General Assembly adopted the resolution and it will hold a vote next week.',
    // The pronoun in another sentence.
    'The Human Rights Council is in session. It will hold its panel on Friday.',
  ])('reads no convener from %s', (sentence) => {
    expect(bodyHoldingThroughPronoun(sentence)).toBeNull();
  });
});
