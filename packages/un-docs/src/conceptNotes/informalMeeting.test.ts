import { describe, expect, it } from 'vitest';
import { FORMATS } from './formatVocabulary.js';

function kind(text: string): string | undefined {
  return FORMATS.find(([pattern]) => pattern.test(text))?.[1];
}

// Session 26: a manner of attending between an informal meeting's words is left out.
describe('an informal meeting held virtually', () => {
  it.each([
    ['Tuesday 23 March, 9.00 –11.00 a.m., Informal virtual meeting', 'informal meeting'],
    ['an informal hybrid meeting of the plenary', 'informal meeting'],
    ['une réunion virtuelle informelle se tiendra', 'informal meeting'],
    ['una reunión virtual oficiosa', 'informal meeting'],
    ['an informal meeting on the draft', 'informal meeting'],
  ])('%s', (text, expected) => {
    expect(kind(text)).toBe(expected);
  });

  it('does not take a virtual meeting for an informal one', () => {
    expect(kind('a virtual meeting of the Bureau')).not.toBe('informal meeting');
  });
});
