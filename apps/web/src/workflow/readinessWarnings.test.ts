import { describe, expect, it } from 'vitest';
import { readinessWarnings } from './readinessWarnings';

const NONE = {
  overLimit: null,
  limitIsStrict: false,
  unaddressedPoints: [],
  openThreads: 0,
  emptySections: [],
  openSuggestions: 0,
};

describe('readinessWarnings', () => {
  it('says nothing when there is nothing to say', () => {
    expect(readinessWarnings(NONE)).toEqual([]);
  });

  it('says by how much the limit is passed, and blocks only under the strict rule', () => {
    const overLimit = { seconds: 2580, overSeconds: 2340, limitMinutes: 4 };
    const [warning] = readinessWarnings({ ...NONE, overLimit });
    expect(warning).toEqual({
      key: 'over_limit',
      text: 'It runs 43 min: 39 min over the 4-minute speaking limit.',
      blocking: false,
    });
    expect(readinessWarnings({ ...NONE, overLimit, limitIsStrict: true })[0]?.blocking).toBe(true);
  });

  it('names the unaddressed points, open threads and empty sections', () => {
    const texts = readinessWarnings({
      ...NONE,
      unaddressedPoints: ['2', '4', '5'],
      openThreads: 1,
      emptySections: ['4'],
    }).map((w) => w.text);
    expect(texts).toEqual([
      '3 discussion points are not addressed: point 2, point 4, point 5.',
      '1 comment thread is still open.',
      '1 template section is still empty (point 4).',
    ]);
  });

  it('warns, without blocking, that open suggestions stay out of the text', () => {
    const [warning] = readinessWarnings({ ...NONE, openSuggestions: 2 });
    expect(warning).toMatchObject({ key: 'open_suggestions', blocking: false });
    expect(warning?.text).toMatch(/^2 suggestions are still open/);
  });
});
