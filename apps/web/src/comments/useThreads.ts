// A statement's comment threads: loaded over REST on open and after every reconnection,
// then kept current by the statement room's `thread:updated` events.
import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage } from '../api/ApiError';
import { appSocket, onServerEvent } from '../realtime/appSocket';
import { commentsApi } from './commentsApi';
import type { Thread } from '@plenary/api';

export interface ThreadsState {
  /** Null until the first load has answered. */
  threads: Thread[] | null;
  error: string | null;
  /** Records a thread returned by a command, without waiting for its event. */
  upsert: (thread: Thread) => void;
}

function merge(list: Thread[] | null, thread: Thread): Thread[] {
  if (!list) return [thread];
  const index = list.findIndex((item) => item.id === thread.id);
  if (index === -1) return [...list, thread];
  return list.map((item, position) => (position === index ? thread : item));
}

export function useThreads(statementId: string): ThreadsState {
  const [threads, setThreads] = useState<Thread[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Events that arrive while a load is under way are newer than what the load may return.
  const sinceLoad = useRef(new Map<string, Thread>());

  const upsert = useCallback((thread: Thread) => {
    sinceLoad.current.set(thread.id, thread);
    setThreads((list) => merge(list, thread));
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    const socket = appSocket();
    const load = () => {
      sinceLoad.current = new Map();
      commentsApi.threads(statementId, controller.signal).then(
        (loaded) => {
          setThreads([...sinceLoad.current.values()].reduce(merge, loaded));
          setError(null);
        },
        (failure: unknown) => {
          if (!controller.signal.aborted) setError(errorMessage(failure));
        },
      );
    };
    const stop = onServerEvent('thread:updated', ({ thread }) => {
      if (thread.statementId === statementId) upsert(thread);
    });
    socket.on('connect', load);
    load();
    return () => {
      controller.abort();
      stop();
      socket.off('connect', load);
    };
  }, [statementId, upsert]);

  return { threads, error, upsert };
}
