import { describe, expect, it } from 'vitest';
import { deepEqual } from './deepEqual';

describe('deepEqual for useEditorState', () => {
  it('equals what the editor selectors return when nothing changed', () => {
    const toolbar = () => [
      { active: true, enabled: true },
      { active: false, enabled: false },
    ];
    expect(deepEqual(toolbar(), toolbar())).toBe(true);
    expect(deepEqual({ top: 10, left: 4 }, { top: 10, left: 4 })).toBe(true);
    expect(
      deepEqual(
        { activeId: null, order: ['a', 'b'], orphaned: [] },
        {
          activeId: null,
          order: ['a', 'b'],
          orphaned: [],
        },
      ),
    ).toBe(true);
    expect(deepEqual(null, null)).toBe(true);
    expect(deepEqual(Number.NaN, Number.NaN)).toBe(true);
    expect(deepEqual(new Date(5), new Date(5))).toBe(true);
    expect(deepEqual(new Map([[1, { a: 1 }]]), new Map([[1, { a: 1 }]]))).toBe(true);
    expect(deepEqual(new Set([1, 2]), new Set([2, 1]))).toBe(true);
  });

  it('tells any change apart', () => {
    expect(deepEqual([{ active: true }], [{ active: false }])).toBe(false);
    expect(deepEqual(['a', 'b'], ['a'])).toBe(false);
    expect(deepEqual({ top: 10, left: 4 }, { top: 10 })).toBe(false);
    expect(deepEqual({ a: undefined }, { b: undefined })).toBe(false);
    expect(deepEqual({ top: 1 }, null)).toBe(false);
    expect(deepEqual(null, { top: 1 })).toBe(false);
    expect(deepEqual([], {})).toBe(false);
    expect(deepEqual('1', 1)).toBe(false);
    expect(deepEqual(new Date(5), new Date(6))).toBe(false);
    expect(deepEqual(new Map([[1, 1]]), new Map([[1, 2]]))).toBe(false);
    expect(deepEqual(new Set([1]), new Set([2]))).toBe(false);
  });
});
