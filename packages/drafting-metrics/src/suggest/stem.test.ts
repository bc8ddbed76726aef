import { describe, expect, it } from 'vitest';
import { stem } from './stem.js';

describe('stem', () => {
  it.each([
    // Porter (1980) and its reference vocabulary.
    ['caresses', 'caress'],
    ['ponies', 'poni'],
    ['cats', 'cat'],
    ['feed', 'feed'],
    ['agreed', 'agre'],
    ['plastered', 'plaster'],
    ['motoring', 'motor'],
    ['sing', 'sing'],
    ['hopping', 'hop'],
    ['falling', 'fall'],
    ['filing', 'file'],
    ['happy', 'happi'],
    ['relational', 'relat'],
    ['conditional', 'condit'],
    ['rational', 'ration'],
    ['digitizer', 'digit'],
    ['hopeful', 'hope'],
    ['goodness', 'good'],
    ['electrical', 'electr'],
    ['adjustable', 'adjust'],
    ['adoption', 'adopt'],
    ['effective', 'effect'],
    ['probate', 'probat'],
    ['cease', 'ceas'],
    ['controlling', 'control'],
    ['generalizations', 'gener'],
    ['oscillators', 'oscil'],
  ])('%s → %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  it('conflates the vocabulary of the discussion points', () => {
    const same = (...words: string[]) => new Set(words.map(stem)).size;
    expect(same('organization', 'organizations', 'organisation', 'organisations')).toBe(1);
    expect(same('organizational', 'organisational')).toBe(1);
    expect(same('prevention', 'preventive', 'prevent', 'preventing')).toBe(1);
    expect(same('recommendations', 'recommend', 'recommended')).toBe(1);
    expect(same('regional', 'region', 'regions')).toBe(1);
    expect(same('dialogue', 'dialogues')).toBe(1);
    expect(same('cooperation', 'cooperate', 'cooperative')).toBe(1);
  });

  it('keeps short words', () => {
    expect(stem('as')).toBe('as');
    expect(stem('')).toBe('');
  });
});
