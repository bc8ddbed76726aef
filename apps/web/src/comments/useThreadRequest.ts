// Opens the thread a link points at (`…/s/<id>#thread-<threadId>`, from a notification),
// once the threads are loaded and the editor can show it.
import { useEffect, useEffectEvent, useState } from 'react';
import type { ListedThread } from './orderThreads';
import { clearThreadRequest, onThreadRequest, requestedThread } from './threadLink';

/** `list` is null until the threads and the editor are ready. */
export function useThreadRequest(list: ListedThread[] | null, show: (threadId: string) => void) {
  const [requested, setRequested] = useState(requestedThread);
  const showThread = useEffectEvent(show);

  useEffect(() => onThreadRequest(() => setRequested(requestedThread())), []);

  useEffect(() => {
    if (!requested || !list) return;
    if (list.some(({ thread }) => thread.id === requested)) showThread(requested);
    clearThreadRequest();
    setRequested(null);
  }, [requested, list]);
}
