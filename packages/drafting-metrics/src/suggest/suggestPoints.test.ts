import { describe, expect, it } from 'vitest';
import {
  ceremonial,
  development,
  heldOut,
  offTopic,
  type LabelledParagraph,
} from '../fixtures/pointParagraphs.js';
import { conceptNotePoints } from '../fixtures/samples.js';
import { suggestPoints } from './suggestPoints.js';

const points = conceptNotePoints();

function topOneCorrect(paragraphs: readonly LabelledParagraph[]): number {
  return paragraphs.filter((p) => suggestPoints(p.text, points)[0]?.label === p.point).length;
}

describe('suggestPoints on sample 000', () => {
  it('suggests 12(e) for a paragraph about early warning among regional organizations', () => {
    const paragraph =
      'Regional organizations are closest to emerging crises. We encourage them to share ' +
      'early-warning information with one another and to build joint early-warning ' +
      'mechanisms, so that cooperation among regional organizations becomes a first line ' +
      'of prevention.';
    expect(suggestPoints(paragraph, points)[0]?.label).toBe('12(e)');
  });

  it('suggests the point a paragraph echoes', () => {
    const lessons =
      'The lessons we have learned from our experience with ASEAN show that dialogue among ' +
      'the parties concerned is the surest way to resolve disputes.';
    expect(suggestPoints(lessons, points)[0]?.label).toBe('12(c)');
    const recommendations =
      'Allow me to offer two recommendations to make the partnership between the Council ' +
      'and regional organizations truly complementary.';
    expect(suggestPoints(recommendations, points)[0]?.label).toBe('12(d)');
  });

  // 16/25 and 13/15 when written; the floors catch regressions.
  it('ranks the intended point first for most paragraphs a delegation would write', () => {
    expect(topOneCorrect(development)).toBeGreaterThanOrEqual(16);
    expect(topOneCorrect(heldOut)).toBeGreaterThanOrEqual(13);
  });

  it('suggests nothing for ceremonial or off-topic paragraphs', () => {
    for (const text of [...ceremonial, ...offTopic]) {
      expect(suggestPoints(text, points), text).toEqual([]);
    }
  });

  it('returns at most `limit` suggestions, best first', () => {
    const text = development[10]?.text ?? '';
    const three = suggestPoints(text, points);
    expect(three.length).toBeLessThanOrEqual(3);
    const scores = three.map((suggestion) => suggestion.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(suggestPoints(text, points, { limit: 1 })).toHaveLength(1);
    expect(suggestPoints(text, points, { limit: 0 })).toEqual([]);
  });

  it('handles empty inputs', () => {
    expect(suggestPoints('', points)).toEqual([]);
    expect(suggestPoints('Dialogue prevents conflict.', [])).toEqual([]);
    expect(suggestPoints('Dialogue.', [{ label: '1', text: '' }])).toEqual([]);
  });
});
