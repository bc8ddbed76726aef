import { describe, expect, it } from 'vitest';
import { bodiesIn } from './bodyNames.js';

// Round t43c: the bodies by their acronyms, in capitals.
describe('a body named by its acronym', () => {
  it.each([
    [
      'The second CND thematic session will take place in Vienna on 4 May.',
      'Commission on Narcotic Drugs',
    ],
    ['Le CDH tiendra sa réunion-débat annuelle le 12 mars.', 'Human Rights Council'],
    [
      'A side event on the margins of CSW70, in Conference Room 6.',
      'Commission on the Status of Women',
    ],
    [
      'Ahead of UNEA-7, the informal dialogue will take stock of the draft resolutions.',
      'United Nations Environment Assembly',
    ],
  ])('%s', (sentence, body) => {
    expect(bodiesIn(sentence)[0]?.body).toBe(body);
  });

  it.each([
    // A document symbol, an address, a path.
    'See the report A/HRC/58/12 for the recommendations.',
    'Write to csw-secretariat@example.org before Friday.',
    'Details are at www.example.org/hrc/sessions.',
    // In lower case, or run into a longer word.
    'The cnd file format stores the data.',
    'The HRCP and the PBCS joined the call.',
  ])('names no body in %s', (sentence) => {
    expect(bodiesIn(sentence)).toEqual([]);
  });
});
