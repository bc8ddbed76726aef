import { describe, expect, it } from 'vitest';
import { bodiesIn } from './bodyNames.js';

// Round t43c: the General Assembly's English name as web pages slip on it.
describe('the General Assembly named with a slip', () => {
  it.each([
    'The General Assemby will hold its informal consultations on 9 May.',
    'A side event on the margins of the General Assembley high-level week.',
  ])('%s', (sentence) => {
    expect(bodiesIn(sentence)[0]?.body).toBe('General Assembly');
  });

  it('names no Assembly in another word', () => {
    expect(bodiesIn('The general assemblage of partners met in Nairobi.')).toEqual([]);
  });
});
