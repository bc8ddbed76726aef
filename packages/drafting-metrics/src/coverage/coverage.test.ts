import { describe, expect, it } from 'vitest';
import { conceptNotePoints, makeParagraph, sampleParagraph } from '../fixtures/samples.js';
import { coverage } from './coverage.js';

const points = conceptNotePoints();

describe('coverage on sample 000', () => {
  it('reads the five indicative points from the concept note', () => {
    expect(points.map((point) => point.label)).toEqual([
      '12(a)',
      '12(b)',
      '12(c)',
      '12(d)',
      '12(e)',
    ]);
    expect(points[4]?.text).toBe(
      'Measures to form and enhance cooperation among regional organizations in this matter.',
    );
  });

  it('leaves every point unaddressed in a fresh template', () => {
    const template = [
      makeParagraph('Mr. President,', [], 'salutation'),
      ...points.map((point) => makeParagraph('', [point.label], `section-${point.label}`)),
      makeParagraph('I thank you.', [], 'closing'),
    ];
    const result = coverage(template, points);
    expect(result.unaddressed).toEqual(points.map((point) => point.label));
    expect(result.points[2]).toMatchObject({ emptyParagraphIds: ['section-12(c)'], words: 0 });
    expect(result.untagged).toEqual(['salutation', 'closing']);
    expect(result.unknown).toEqual([]);
  });

  it('lists the paragraphs and words spent on each point', () => {
    const paragraphs = [
      makeParagraph('Mr. President,', [], 'salutation'),
      makeParagraph(sampleParagraph('conceptNote', 2), ['12(a)'], 'a'),
      makeParagraph(sampleParagraph('regionalPartnershipReport', 9), ['12(c)', '12(e)'], 'ce'),
      makeParagraph('We recommend joint visiting missions.', ['12 (D)', '12(d)'], 'd'),
      makeParagraph(sampleParagraph('conceptNote', 13), ['12(c)'], 'c'),
    ];
    const result = coverage(paragraphs, points);
    const byLabel = new Map(result.points.map((point) => [point.label, point]));
    expect(byLabel.get('12(a)')).toMatchObject({ paragraphIds: ['a'], words: 48 });
    expect(byLabel.get('12(c)')).toMatchObject({ paragraphIds: ['ce', 'c'], words: 79 + 32 });
    expect(byLabel.get('12(d)')).toMatchObject({ paragraphIds: ['d'], words: 5 });
    expect(byLabel.get('12(e)')).toMatchObject({ paragraphIds: ['ce'], words: 79 });
    expect(result.unaddressed).toEqual(['12(b)']);
    expect(result.untagged).toEqual(['salutation']);
  });
});

describe('coverage with odd input', () => {
  it('reports tags naming no point as unknown, once per label', () => {
    const paragraphs = [
      makeParagraph('Text one.', ['12(f)', '12(a)'], 'one'),
      makeParagraph('Text two.', ['12 (f)', '7(b)'], 'two'),
      makeParagraph('', ['12(f)'], 'empty'),
    ];
    const result = coverage(paragraphs, points);
    expect(result.unknown).toEqual([
      { label: '12(f)', paragraphIds: ['one', 'two', 'empty'] },
      { label: '7(b)', paragraphIds: ['two'] },
    ]);
    expect(result.points[0]?.paragraphIds).toEqual(['one']);
  });

  it('treats blank tags as no tag', () => {
    const result = coverage([makeParagraph('Some text.', ['', '  '], 'blank')], points);
    expect(result.untagged).toEqual(['blank']);
    expect(result.unknown).toEqual([]);
  });

  it('handles empty inputs', () => {
    expect(coverage([], [])).toEqual({ points: [], unaddressed: [], unknown: [], untagged: [] });
    expect(coverage([], points).unaddressed).toHaveLength(5);
    const noPoints = coverage([makeParagraph('Text.', ['12(a)'], 'x')], []);
    expect(noPoints.unknown).toEqual([{ label: '12(a)', paragraphIds: ['x'] }]);
  });

  it('keeps the first of two points with the same label', () => {
    const twice = [...points, { label: '12(a)', text: 'A later duplicate.' }];
    const result = coverage([makeParagraph('Text.', ['12(a)'], 'x')], twice);
    expect(result.points).toHaveLength(5);
    expect(result.points[0]?.text).toBe(points[0]?.text);
  });
});
