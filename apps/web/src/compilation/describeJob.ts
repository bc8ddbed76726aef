import type { ExportJob } from './compilationApi';
import { t } from '../i18n/messages/compilation';

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
  if (job.status === 'done') return { percent: 100, step: t('job.ready') };
  if (job.status === 'failed') return { percent, step: t('job.stopped') };
  const annexes = Math.max(total - 1, 1);
  if (job.done >= annexes) return { percent, step: t('job.assembling') };
  return { percent, step: t('job.annex', { number: job.done + 1, annexes }) };
}
