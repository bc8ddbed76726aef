import { describe, expect, it } from 'vitest';
import { stateOfRomanceAdjective } from './stateAdjectives.js';

describe('stateOfRomanceAdjective', () => {
  it.each([
    ['suisse', 'Switzerland'],
    ['japonaise', 'Japan'],
    ['mexicana', 'Mexico'],
    ['équatorienne', 'Ecuador'],
    ['sénégalaise', 'Senegal'],
    ['norvégienne', 'Norway'],
    // Round 21: States French and Spanish spell as English does.
    ['pakistanaise', 'Pakistan'],
    ['kényane', 'Kenya'],
    ['ghanesa', 'Ghana'],
    // Round 24: and those whose English "th", "ph" or "y" they write "t", "f" or "i".
    ['lituano', 'Lithuania'],
    ['filipino', 'Philippines'],
    ['libyen', 'Libya'],
    ['tailandesa', 'Thailand'],
  ])('%s names %s', (adjective, state) => {
    expect(stateOfRomanceAdjective(adjective)).toBe(state);
  });

  it('names no State for an adjective that shares too little with any name', () => {
    expect(stateOfRomanceAdjective('danoise')).toBeNull();
    expect(stateOfRomanceAdjective('general')).toBeNull();
  });
});
