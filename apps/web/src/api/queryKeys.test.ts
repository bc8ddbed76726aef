import { describe, expect, it } from 'vitest';
import { invalidateQueries, keyText, reconnected, showQuery } from './queryKeys';

function counter() {
  let count = 0;
  return { reload: () => (count += 1), count: () => count };
}

describe('query keys', () => {
  it('reloads every query on screen under a prefix, and only those', () => {
    const trash = counter();
    const debate = counter();
    const other = counter();
    const stops = [
      showQuery(['debate', 'd1', 'trash'], trash.reload, false),
      showQuery(['debate', 'd1'], debate.reload, false),
      showQuery(['debate', 'd2', 'trash'], other.reload, false),
    ];
    expect(invalidateQueries(['debate', 'd1', 'trash'])).toBe(1);
    expect(invalidateQueries(['debate', 'd1'])).toBe(2);
    expect([trash.count(), debate.count(), other.count()]).toEqual([2, 1, 0]);
    // 'd1' is a whole part: no match on 'd10'.
    expect(invalidateQueries(['debate', 'd'])).toBe(0);
    for (const stop of stops) stop();
    expect(invalidateQueries(['debate'])).toBe(0);
  });

  it('after a reconnection, reloads only the queries kept current by events', () => {
    const live = counter();
    const plain = counter();
    const stops = [
      showQuery(['statement', 's1', 'threads'], live.reload, true),
      showQuery(['statement', 's1', 'versions'], plain.reload, false),
    ];
    expect(reconnected()).toBe(1);
    expect([live.count(), plain.count()]).toEqual([1, 0]);
    for (const stop of stops) stop();
  });

  it('tells keys apart whatever their parts contain', () => {
    expect(keyText(['a,b', 'c'])).not.toBe(keyText(['a', 'b,c']));
    expect(keyText(null)).toBeNull();
  });
});
