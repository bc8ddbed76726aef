import { describe, expect, it } from 'vitest';
import { decidedKind } from './decidedKind.js';

const kindAfter = (sentence: string, first: string): string | null =>
  decidedKind(sentence, sentence.indexOf(first) + first.length);

describe('the meeting decided on, over the meeting where it was decided (round t43a)', () => {
  it('reads the kind the decided clause names', () => {
    const sentence =
      'Following the informal meeting of the Bureau held yesterday, it was agreed that the resumed session of the Committee will convene on 4 May 2028.';
    expect(kindAfter(sentence, 'informal meeting')).toBe('session');
    const vocabulary =
      'At its informal meeting last week, the Group decided that a high-level meeting on rural roads will be held in June.';
    expect(kindAfter(vocabulary, 'informal meeting')).toBe('high-level meeting');
  });

  it('reads none when the decision is on something else, or before the first kind', () => {
    expect(
      kindAfter(
        'At the informal meeting held this morning, members agreed that the report will be issued on 4 May 2028.',
        'informal meeting',
      ),
    ).toBe(null);
    expect(
      kindAfter(
        'The Bureau decided that the session will convene on 4 May 2028, after an informal meeting.',
        'informal meeting',
      ),
    ).toBe(null);
  });
});
