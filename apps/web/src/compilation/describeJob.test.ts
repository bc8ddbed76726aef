import { describe, expect, it } from 'vitest';
import type { ExportJob } from './compilationApi';
import { describeJob } from './describeJob';
import { laterJob } from './laterJob';

const job = (patch: Partial<ExportJob>): ExportJob => ({
  id: 'job-1',
  status: 'running',
  done: 0,
  total: 4,
  fileName: null,
  error: null,
  ...patch,
});

describe('describeJob', () => {
  it('counts annexes, then the assembling of the file', () => {
    expect(describeJob(job({ done: 0 }))).toEqual({ percent: 0, step: 'Annex 1 of 3' });
    expect(describeJob(job({ done: 2 }))).toEqual({ percent: 50, step: 'Annex 3 of 3' });
    expect(describeJob(job({ done: 3 }))).toEqual({ percent: 75, step: 'Assembling the file' });
    expect(describeJob(job({ status: 'done', done: 4 }))).toEqual({ percent: 100, step: 'Ready' });
  });

  it('keeps the percent where a failure stopped it, and never divides by zero', () => {
    expect(describeJob(job({ status: 'failed', done: 1 }))).toEqual({
      percent: 25,
      step: 'Stopped',
    });
    expect(describeJob(job({ total: 0 })).percent).toBe(0);
  });
});

describe('laterJob', () => {
  it('keeps the furthest report on the same job', () => {
    expect(laterJob(job({ done: 2 }), job({ done: 1 })).done).toBe(2);
    expect(laterJob(job({ done: 1 }), job({ done: 3 })).done).toBe(3);
  });

  it('never lets a late running report hide a finished or failed job', () => {
    const done = job({ status: 'done', done: 4, fileName: 'Compilation.docx' });
    expect(laterJob(done, job({ done: 3 }))).toBe(done);
    expect(laterJob(job({ done: 3 }), done)).toBe(done);
  });

  it('takes a different job as it comes', () => {
    const other = job({ id: 'job-2' });
    expect(laterJob(job({ done: 3 }), other)).toBe(other);
    expect(laterJob(null, other)).toBe(other);
  });
});
