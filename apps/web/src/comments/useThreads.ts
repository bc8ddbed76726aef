// A statement's comment threads: loaded over REST on open and after every reconnection,
// then kept current by the statement room's `thread:updated` events.
import { useCallback, useEffect, useRef } from 'react';
import { useApiQuery } from '../api/useApiQuery';
import { withAppSocket } from '../realtime/appSocket';
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
  // Events that arrive while a load is under way are newer than what the load may return.
  const sinceLoad = useRef(new Map<string, Thread>());
  const { data, error, update } = useApiQuery(
    ['statement', statementId, 'threads'],
    async (signal) => {
      sinceLoad.current = new Map();
      const loaded = await commentsApi.threads(statementId, signal);
      return [...sinceLoad.current.values()].reduce(merge, loaded);
    },
    { onReconnect: true },
  );

  const upsert = useCallback(
    (thread: Thread) => {
      sinceLoad.current.set(thread.id, thread);
      update((list) => merge(list, thread));
    },
    [update],
  );

  useEffect(
    () =>
      withAppSocket(({ on }) =>
        on('thread:updated', ({ thread }) => {
          if (thread.statementId === statementId) upsert(thread);
        }),
      ),
    [statementId, upsert],
  );

  return { threads: data, error, upsert };
}
