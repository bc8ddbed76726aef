// A compilation followed to the end: progress pushed over socket.io, and a poll a second
// after the last word of the job, so a missed event never leaves the bar hanging.
import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage } from '../api/ApiError';
import { useApiQuery } from '../api/useApiQuery';
import { withAppSocket } from '../realtime/appSocket';
import {
  compilationApi,
  type CompilationFormat,
  type CoveringLetter,
  type ExportJob,
} from './compilationApi';
import { laterJob } from './laterJob';

const POLL_MS = 1000;

export interface CompilationJobState {
  job: ExportJob | null;
  starting: boolean;
  /** Why the compilation could not start, in the server's words. */
  error: string | null;
  /** Resolves true once the server has accepted the job. */
  start: (format: CompilationFormat, letter: CoveringLetter) => Promise<boolean>;
}

export function useCompilationJob(debateId: string): CompilationJobState {
  const [job, setJob] = useState<ExportJob | null>(null);
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Progress can arrive before the answer that names the job: keep it until then.
  const heard = useRef(new Map<string, ExportJob>());

  const runningId = job?.status === 'running' ? job.id : null;
  const polled = useApiQuery(
    runningId ? ['export', runningId] : null,
    (signal) => compilationApi.job(runningId ?? '', signal),
    { pollMs: POLL_MS },
  );
  const { update: heardOfPolled } = polled;
  const hear = useCallback(
    (incoming: ExportJob) => {
      heard.current.set(incoming.id, laterJob(heard.current.get(incoming.id), incoming));
      setJob((current) => (current?.id === incoming.id ? laterJob(current, incoming) : current));
      // Word of the job puts the next poll off.
      heardOfPolled((current) => current);
    },
    [heardOfPolled],
  );

  useEffect(
    () =>
      withAppSocket(({ socket, on }) => {
        const stop = on('export:progress', ({ job: incoming }) => hear(incoming));
        if (!socket.connected) socket.connect();
        return stop;
      }),
    [hear],
  );

  useEffect(() => {
    if (polled.data) hear(polled.data);
  }, [polled.data, hear]);
  // Offline for a moment: keep asking. Refused (the job is gone): say so and stop.
  const refused = polled.errorStatus ? polled.error : null;
  useEffect(() => {
    if (!refused) return;
    setJob((current) =>
      current?.id === runningId ? { ...current, status: 'failed', error: refused } : current,
    );
  }, [refused, runningId]);

  const start = useCallback(
    async (format: CompilationFormat, letter: CoveringLetter): Promise<boolean> => {
      setStarting(true);
      setError(null);
      setJob(null);
      try {
        const started = await compilationApi.start(debateId, format, letter);
        setJob(laterJob(heard.current.get(started.id), started));
        return true;
      } catch (failure) {
        setError(errorMessage(failure));
        return false;
      } finally {
        setStarting(false);
      }
    },
    [debateId],
  );

  return { job, starting, error, start };
}
