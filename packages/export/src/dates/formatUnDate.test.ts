import { describe, expect, it } from 'vitest';
import { formatUnDate } from './formatUnDate.js';

describe('formatUnDate', () => {
  it('writes ISO dates the UN way', () => {
    expect(formatUnDate('2021-04-19')).toBe('19 April 2021');
    expect(formatUnDate('2025-09-01')).toBe('1 September 2025');
    expect(formatUnDate('2021-04-12T18:00')).toBe('12 April 2021, 18:00');
  });

  it('keeps anything else as the user wrote it', () => {
    expect(formatUnDate(' mid-April ')).toBe('mid-April');
    expect(formatUnDate('2021-13-01')).toBe('2021-13-01');
  });
});
