// A compilation followed to the end: progress pushed over socket.io, and a poll once a
// second whenever no event has come, so a missed event never leaves the bar hanging.
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, errorMessage } from '../api/ApiError';
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
  const lastHeardAt = useRef(0);

  useEffect(
    () =>
      withAppSocket(({ socket, on }) => {
        const stop = on('export:progress', ({ job: incoming }) => {
          lastHeardAt.current = Date.now();
          heard.current.set(incoming.id, laterJob(heard.current.get(incoming.id), incoming));
          setJob((current) =>
            current?.id === incoming.id ? laterJob(current, incoming) : current,
          );
        });
        if (!socket.connected) socket.connect();
        return stop;
      }),
    [],
  );

  const runningId = job?.status === 'running' ? job.id : null;
  useEffect(() => {
    if (!runningId) return;
    const controller = new AbortController();
    let asking = false;
    const poll = async () => {
      if (asking || Date.now() - lastHeardAt.current < POLL_MS) return;
      asking = true;
      try {
        const polled = await compilationApi.job(runningId, controller.signal);
        setJob((current) => (current?.id === polled.id ? laterJob(current, polled) : current));
      } catch (failure) {
        // Offline for a moment: keep asking. Refused (the job is gone): say so and stop.
        if (controller.signal.aborted || !(failure instanceof ApiError)) return;
        if (failure.isNetworkError) return;
        const message = errorMessage(failure);
        setJob((current) =>
          current?.id === runningId ? { ...current, status: 'failed', error: message } : current,
        );
      } finally {
        asking = false;
      }
    };
    const timer = window.setInterval(() => void poll(), POLL_MS);
    return () => {
      window.clearInterval(timer);
      controller.abort();
    };
  }, [runningId]);

  const start = useCallback(
    async (format: CompilationFormat, letter: CoveringLetter): Promise<boolean> => {
      setStarting(true);
      setError(null);
      setJob(null);
      try {
        const started = await compilationApi.start(debateId, format, letter);
        lastHeardAt.current = Date.now();
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
