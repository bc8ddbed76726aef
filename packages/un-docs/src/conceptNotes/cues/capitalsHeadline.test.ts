import { describe, expect, it } from 'vitest';
import { capitalsHeadline } from './capitalsHeadline.js';

describe('a headline in capitals', () => {
  it.each([
    ["MINISTERS EXPECTED TO ATTEND ASSEMBLY'S MEETING ON PALESTINE & MIDDLE EAST TOMORROW", true],
    ['HIGH-LEVEL MEETING ON WATER ACTION', false],
    ['Ministers expected to attend the Assembly’s meeting on Palestine and the Middle East', false],
  ])('%s', (text, expected) => expect(capitalsHeadline(text)).toBe(expected));
});
