import { describe, expect, it } from 'vitest';
import { development } from '../fixtures/pointParagraphs.js';
import { conceptNotePoints, makeParagraph } from '../fixtures/samples.js';
import { paragraphSuggestions } from '../suggest/paragraphSuggestions.js';
import { statementMeasures, statementMetrics } from './statementMetrics.js';

const points = conceptNotePoints();
const earlyWarning =
  'We encourage regional organizations to share early-warning information with one another, ' +
  'so that cooperation among regional organizations becomes a first line of prevention.';

describe('statementMetrics', () => {
  it('combines coverage, timing and suggestions for untagged paragraphs', () => {
    const paragraphs = [
      makeParagraph('Mr. President,', [], 'salutation'),
      makeParagraph(development[0]?.text ?? '', ['12(a)'], 'a'),
      makeParagraph(earlyWarning, [], 'untagged'),
      makeParagraph(development[15]?.text ?? '', ['12(z)'], 'stale'),
      makeParagraph('', ['12(b)'], 'section-b'),
      makeParagraph('I thank you.', [], 'closing'),
    ];
    const metrics = statementMetrics(paragraphs, points, { limitMinutes: 5 });
    expect(metrics.coverage.untagged).toEqual(['salutation', 'untagged', 'closing']);
    expect(metrics.coverage.unknown).toEqual([{ label: '12(z)', paragraphIds: ['stale'] }]);
    expect(metrics.timing.limit?.isOver).toBe(false);
    expect(metrics.suggestions.map((entry) => entry.paragraphId)).toEqual(['untagged', 'stale']);
    expect(metrics.suggestions[0]?.suggestions[0]?.label).toBe('12(e)');
    expect(metrics.suggestions[1]?.suggestions[0]?.label).toBe('12(d)');
  });

  it('agrees with the timing and coverage of the same paragraphs', () => {
    const paragraphs = development.map((p, i) => makeParagraph(p.text, [p.point], `p${i}`));
    const metrics = statementMetrics(paragraphs, points, { wordsPerMinute: 100 });
    const perPoint = metrics.coverage.points.map((point) => point.words);
    expect(perPoint.reduce((a, b) => a + b, 0)).toBe(metrics.timing.words);
    expect(metrics.timing.wordsPerMinute).toBe(100);
    expect(metrics.suggestions).toEqual([]);
  });

  it('handles an empty statement and a note without points', () => {
    const empty = statementMetrics([], []);
    expect(empty.timing.words).toBe(0);
    expect(empty.suggestions).toEqual([]);
    const noPoints = statementMetrics([makeParagraph(earlyWarning, ['12(a)'], 'x')], []);
    expect(noPoints.coverage.unknown).toEqual([{ label: '12(a)', paragraphIds: ['x'] }]);
    expect(noPoints.suggestions).toEqual([]);
  });

  it('is the measures and the suggestions the web editor computes apart', () => {
    const paragraphs = [
      makeParagraph(development[0]?.text ?? '', ['12(a)'], 'a'),
      makeParagraph(earlyWarning, [], 'untagged'),
      makeParagraph(development[15]?.text ?? '', ['12(z)'], 'stale'),
    ];
    const metrics = statementMetrics(paragraphs, points, { limitMinutes: 5, suggestionLimit: 2 });
    expect(statementMeasures(paragraphs, points, { limitMinutes: 5 })).toEqual({
      coverage: metrics.coverage,
      timing: metrics.timing,
    });
    expect(paragraphSuggestions(paragraphs, points, 2)).toEqual(metrics.suggestions);
    expect(metrics.suggestions.map((entry) => entry.suggestions.length)).toEqual([2, 2]);
  });
});
