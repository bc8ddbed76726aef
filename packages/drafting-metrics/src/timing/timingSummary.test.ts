import { describe, expect, it } from 'vitest';
import { makeParagraph, sampleParagraph } from '../fixtures/samples.js';
import { formatDuration } from './formatDuration.js';
import { timingSummary } from './timingSummary.js';

// Real paragraphs of the samples as a statement: 48 + 156 + 148 + 78 + 79 = 509 words.
const statement = [
  makeParagraph(sampleParagraph('conceptNote', 2), [], 'opening'),
  makeParagraph(sampleParagraph('conceptNote', 1), ['12(a)'], 'a'),
  makeParagraph(sampleParagraph('preventiveDiplomacyReport', 2), ['12(b)'], 'b'),
  makeParagraph(sampleParagraph('regionalCooperationReport', 4), ['12(c)', '12(e)'], 'ce'),
  makeParagraph(sampleParagraph('regionalPartnershipReport', 9), ['12(c)'], 'c'),
];

describe('timingSummary', () => {
  it('totals words and time for the statement, each paragraph and each point', () => {
    const summary = timingSummary(statement);
    expect(summary).toMatchObject({ words: 509, seconds: 255, wordsPerMinute: 120 });
    expect(formatDuration(summary.seconds)).toBe('4 min 15 s');
    expect(summary.paragraphs.map((p) => [p.id, p.words, p.seconds])).toEqual([
      ['opening', 48, 24],
      ['a', 156, 78],
      ['b', 148, 74],
      ['ce', 78, 39],
      ['c', 79, 40],
    ]);
    expect(summary.points.map((p) => [p.label, p.words, p.paragraphIds])).toEqual([
      ['12(a)', 156, ['a']],
      ['12(b)', 148, ['b']],
      ['12(c)', 157, ['ce', 'c']],
      ['12(e)', 78, ['ce']],
    ]);
    expect(summary.untagged).toEqual({ words: 48, seconds: 24 });
    expect(summary.limit).toBeNull();
  });

  it('says by how much it is over and ranks the longest sections', () => {
    const summary = timingSummary(statement, { limitMinutes: 4 });
    expect(summary.limit).toMatchObject({ isOver: true, overWords: 29, overSeconds: 15 });
    expect(summary.longest.points.map((p) => [p.label, p.words])).toEqual([
      ['12(c)', 157],
      ['12(a)', 156],
      ['12(b)', 148],
      ['12(e)', 78],
    ]);
    expect(summary.longest.paragraphs.map((p) => p.id)).toEqual(['a', 'b', 'c', 'ce', 'opening']);
  });

  it('ranks nothing when under the limit', () => {
    const summary = timingSummary(statement, { limitMinutes: 5, wordsPerMinute: 110 });
    expect(summary.seconds).toBe(278);
    expect(summary.limit).toMatchObject({ isOver: false, overWords: -41, overSeconds: -22 });
    expect(summary.longest).toEqual({ points: [], paragraphs: [] });
  });

  it('handles an empty statement', () => {
    const summary = timingSummary([], { limitMinutes: 5 });
    expect(summary).toMatchObject({ words: 0, seconds: 0, paragraphs: [], points: [] });
    expect(summary.limit).toMatchObject({ isOver: false, overWords: -600 });
  });

  it('times only what is spoken and gives the written length beside it', () => {
    const header = {
      ...makeParagraph('Statement by Viet Nam at the open debate', [], 'h'),
      spoken: false,
    };
    const written = { ...statement[1]!, spoken: false };
    const summary = timingSummary([header, statement[0]!, written, ...statement.slice(2)], {
      limitMinutes: 3,
    });
    // 509 words less paragraph "a" (156): 353 spoken; the header's 8 words are not spoken.
    expect(summary).toMatchObject({ words: 353, seconds: 177 });
    expect(summary.written).toEqual({ words: 517, seconds: 259 });
    expect(summary.paragraphs.map((p) => p.id)).toEqual(['opening', 'b', 'ce', 'c']);
    expect(summary.points.map((p) => p.label)).not.toContain('12(a)');
    expect(summary.limit).toMatchObject({ isOver: false, overWords: -7 });
  });
});
