import { describe, expect, it } from 'vitest';
import { GroupCommit, type AppendEntry } from './GroupCommit.js';

const entry = (documentId: string, byte: number): AppendEntry => ({
  documentId,
  update: Uint8Array.of(byte),
});

/** A writer whose writes finish only when the test says so. */
class HeldWriter {
  readonly batches: AppendEntry[][] = [];
  private release: Array<(error?: Error) => void> = [];
  readonly write = (entries: readonly AppendEntry[]): Promise<void> =>
    new Promise((resolve, reject) => {
      this.batches.push([...entries]);
      this.release.push((error) => (error ? reject(error) : resolve()));
    });
  async finish(error?: Error): Promise<void> {
    await waitFor(() => this.release.length > 0);
    this.release.shift()!(error);
  }
}

async function waitFor(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setImmediate(resolve));
}

describe('GroupCommit', () => {
  it('writes what arrives while a write is in flight as one batch, in arrival order', async () => {
    const writer = new HeldWriter();
    const commit = new GroupCommit(writer.write);
    const first = commit.append([entry('a', 1)]);
    await waitFor(() => writer.batches.length === 1);
    const later = [commit.append([entry('b', 2)]), commit.append([entry('a', 3), entry('a', 4)])];
    await writer.finish();
    await first;
    await writer.finish();
    await Promise.all(later);
    expect(
      writer.batches.map((batch) => batch.map((e) => `${e.documentId}${e.update[0]}`)),
    ).toEqual([['a1'], ['b2', 'a3', 'a4']]);
    expect(commit.stats).toEqual({ batches: 2, entries: 4, largestBatch: 3 });
  });

  it('rejects every append of a failed batch, and writes the next batch afterwards', async () => {
    const writer = new HeldWriter();
    const commit = new GroupCommit(writer.write);
    const failed = [commit.append([entry('a', 1)]), commit.append([entry('b', 2)])];
    const outcomes = Promise.allSettled(failed);
    await writer.finish(new Error('disk full'));
    expect((await outcomes).map((outcome) => outcome.status)).toEqual(['rejected', 'rejected']);
    const next = commit.append([entry('a', 3)]);
    await writer.finish();
    await expect(next).resolves.toBeUndefined();
  });

  it('never splits one caller’s entries, and bounds a batch otherwise', async () => {
    const writer = new HeldWriter();
    const commit = new GroupCommit(writer.write, 2);
    const all = [
      commit.append([entry('a', 1), entry('a', 2), entry('a', 3)]),
      commit.append([entry('b', 4)]),
    ];
    await writer.finish();
    await writer.finish();
    await Promise.all(all);
    expect(writer.batches.map((batch) => batch.length)).toEqual([3, 1]);
  });
});
