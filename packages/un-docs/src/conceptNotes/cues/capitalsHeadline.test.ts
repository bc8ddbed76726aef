import { describe, expect, it } from 'vitest';
import { findListSections } from '../findListSections.js';
import { capitalsHeadline } from './capitalsHeadline.js';

describe('a headline in capitals', () => {
  it.each([
    ["MINISTERS EXPECTED TO ATTEND ASSEMBLY'S MEETING ON PALESTINE & MIDDLE EAST TOMORROW", true],
    ['HIGH-LEVEL MEETING ON WATER ACTION', false],
    ['Ministers expected to attend the Assembly’s meeting on Palestine and the Middle East', false],
  ])('%s', (text, expected) => expect(capitalsHeadline(text)).toBe(expected));
});

describe('a headline in capitals above bullets', () => {
  const bullets = [
    '• This afternoon, the President will speak to the heads of the development banks.',
    '• He will call on creditors to agree on a common framework.',
  ];

  it('heads no objectives though it holds a word about aims (round 31d)', () => {
    const blocks = ["CLIMATE CHANGE GOALS CAN'T BE MET WITHOUT INVOLVING YOUTH", ...bullets];
    expect(findListSections(blocks, 'objectives')).toEqual([]);
  });

  it('leaves a section heading in capitals that opens with its topic', () => {
    const blocks = ['KEY OBJECTIVES OF THE HIGH-LEVEL MEETING ON WATER ACTION', ...bullets];
    expect(findListSections(blocks, 'objectives')).toHaveLength(2);
  });
});
