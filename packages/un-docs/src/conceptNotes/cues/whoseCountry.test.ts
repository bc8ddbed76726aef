import { describe, expect, it } from 'vitest';
import { beforeWhoseCountry, whoseCountryState } from './whoseCountry.js';

describe('a presidency held through "whose country"', () => {
  it.each([
    [
      "L'Ambassadeur Lyall Grant, dont le pays assure la présidence du Conseil, a indiqué que l'exposé sur la Somalie aura lieu le 6 juin.",
      'Le Président du Conseil et Représentant permanent du Royaume-Uni, Mark Lyall Grant, a présenté le programme.',
      'United Kingdom of Great Britain and Northern Ireland',
    ],
    [
      'El embajador Kimani, cuyo país ocupa la presidencia del Consejo, habló de Sudán del Sur.',
      'El Representante Permanente de Kenya, Martin Kimani, presentó el programa.',
      'Kenya',
    ],
    // A State named before the possessive in the sentence itself is his.
    [
      'The representative of Ghana, whose country holds the presidency this month, spoke of the briefing on Yemen.',
      '',
      'Ghana',
    ],
  ])('%s', (sentence, earlier, state) => {
    const before = beforeWhoseCountry(sentence);
    expect(before).not.toBeNull();
    expect(whoseCountryState(before ?? '', earlier)).toBe(state);
  });

  // Round t42c: or his nationality, an adjective on his title.
  it.each([
    [
      'La sesión será presidida por la canciller panameña, Martha Alvarado, cuyo país ocupa la presidencia rotativa del Consejo.',
      'Panama',
    ],
    [
      'The meeting will be chaired by the Maltese Foreign Minister, whose country holds the presidency this month.',
      'Malta',
    ],
    [
      "La séance sera présidée par l'ambassadeur japonais, dont le pays assure la présidence du Conseil en mars.",
      'Japan',
    ],
  ])('%s', (sentence, state) => {
    expect(whoseCountryState(beforeWhoseCountry(sentence) ?? '', '')).toBe(state);
  });

  it('reads no nationality from a title without one', () => {
    const sentence = 'The Permanent Representative, whose country holds the presidency, spoke.';
    expect(whoseCountryState(beforeWhoseCountry(sentence) ?? '', '')).toBeNull();
  });

  it('names no State the text gave him nowhere', () => {
    const sentence = 'Ambassador Costa Filho, whose country holds the presidency, spoke of Yemen.';
    expect(whoseCountryState(beforeWhoseCountry(sentence) ?? '', '')).toBeNull();
  });
});
