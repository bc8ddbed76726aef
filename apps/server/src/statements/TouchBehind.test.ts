import { describe, expect, it } from 'vitest';
import { TouchBehind } from './TouchBehind.js';

function recorder(fail?: Error) {
  const writes: string[][] = [];
  const write = (ids: string[]): Promise<void> => {
    writes.push(ids);
    return fail ? Promise.reject(fail) : Promise.resolve();
  };
  return { writes, write };
}

describe('TouchBehind', () => {
  it('writes the statements touched within the delay together, once each', async () => {
    const { writes, write } = recorder();
    const touches = new TouchBehind(write, 5);
    const written = [touches.add('a'), touches.add('b'), touches.add('a')];
    expect(writes).toEqual([]);
    await Promise.all(written);
    expect(writes).toEqual([['a', 'b']]);
    await touches.add('c');
    expect(writes).toEqual([['a', 'b'], ['c']]);
  });

  it('writes at once when flushed, and leaves out a dropped statement', async () => {
    const { writes, write } = recorder();
    const touches = new TouchBehind(write, 60_000);
    const a = touches.add('a');
    void touches.add('b');
    touches.drop('b');
    await touches.flush();
    await a;
    expect(writes).toEqual([['a']]);
    await touches.flush();
    expect(writes).toEqual([['a']]);
  });

  it('hands a failed write to every touch of the batch, not to the flush', async () => {
    const failure = new Error('disk full');
    const { write } = recorder(failure);
    const touches = new TouchBehind(write, 60_000);
    const a = touches.add('a');
    const b = touches.add('b');
    await expect(touches.flush()).resolves.toBeUndefined();
    await expect(a).rejects.toBe(failure);
    await expect(b).rejects.toBe(failure);
  });
});
