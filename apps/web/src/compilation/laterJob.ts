import type { ExportJob } from './compilationApi';

/**
 * The more advanced of two reports on the same job. Pushed events and polled answers
 * can cross on the way, and a late "running" must never hide a finished file.
 */
export function laterJob(current: ExportJob | null | undefined, incoming: ExportJob): ExportJob {
  if (!current || current.id !== incoming.id) return incoming;
  if (current.status !== 'running') return current;
  if (incoming.status !== 'running') return incoming;
  return incoming.done >= current.done ? incoming : current;
}
