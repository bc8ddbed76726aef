import type { ExportJob } from './compilationApi';

export interface JobProgress {
  /** 0–100, whole numbers. */
  percent: number;
  /** "Annex 2 of 3", "Assembling the file", "Ready" or "Stopped". */
  step: string;
}

/**
 * Where a compilation stands, in words. The server counts one step per annex and one
 * more for assembling the file, so `total` is the number of annexes plus one.
 */
export function describeJob(job: ExportJob): JobProgress {
  const total = Math.max(job.total, 1);
  const percent = Math.min(100, Math.round((Math.min(job.done, total) / total) * 100));
  if (job.status === 'done') return { percent: 100, step: 'Ready' };
  if (job.status === 'failed') return { percent, step: 'Stopped' };
  const annexes = Math.max(total - 1, 1);
  if (job.done >= annexes) return { percent, step: 'Assembling the file' };
  return { percent, step: `Annex ${job.done + 1} of ${annexes}` };
}
