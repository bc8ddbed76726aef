import { describe, expect, it } from 'vitest';
import { findMemberState } from './findMemberState.js';

// Round t42c: English news's short names of States whose official name is longer.
describe('a State by the short name news gives it', () => {
  it.each([
    ["under the presidency of Russia's Minister for Foreign Affairs", 'Russian Federation'],
    ['the Council will discuss the situation in Syria', 'Syrian Arab Republic'],
    ['Tanzania and Kenya will co-chair the event', 'United Republic of Tanzania'],
    ['the Ambassador of Moldova', 'Republic of Moldova'],
    ['the delegation of Laos', "Lao People's Democratic Republic"],
    ['a briefing on North Korea', "Democratic People's Republic of Korea"],
  ])('%s', (text, state) => {
    expect(findMemberState(text)).toBe(state);
  });

  it.each([
    // A nationality is no name: the name must end at a word's edge.
    'the Russian delegation will speak',
    'a Syrian refugee',
  ])('finds no State in %s', (text) => {
    expect(findMemberState(text)).toBeNull();
  });

  it('keeps the longer official name whole', () => {
    expect(findMemberState('the Republic of Moldova')).toBe('Republic of Moldova');
  });
});
