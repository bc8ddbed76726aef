// The one way a component loads data from the API (our small stand-in for TanStack Query,
// which would weigh on the first load). The request starts when `key` changes (null: nothing
// to load yet) and is abandoned when the key changes again or the component goes; `reload`
// asks again and `update` changes the loaded value in place (after a local change). While
// shown, the query can be made to ask again from anywhere by its key (`invalidateQueries` in
// ./queryKeys; socket.io events do so through realtime/liveQueries.ts).
import { useCallback, useEffect, useEffectEvent, useState } from 'react';
import { ApiError, errorMessage } from './ApiError';
import { keyText, showQuery, type QueryKey } from './queryKeys';

export interface ApiQuery<T> {
  /** The last answer for this key; null until it arrives. */
  data: T | null;
  error: string | null;
  /** The failed answer's HTTP status (404: not there); 0 when none came; null without error. */
  errorStatus: number | null;
  /** The failed answer's code (`invitation.expired`…); null without error or answer. */
  errorCode: ApiError['code'] | null;
  loading: boolean;
  /** When the answer arrived. */
  loadedAt: Date | null;
  reload: () => void;
  update: (change: (current: T | null) => T | null) => void;
  /** The last answer whatever its key, to show while another key loads. */
  previous: T | null;
}

export interface ApiQueryOptions {
  /** Ask again when the tab comes back into view. */
  whenVisible?: boolean;
  /** Kept current by socket.io events: ask again after every (re)connection. */
  onReconnect?: boolean;
  /** Wait this long after the key last changed before asking (typing in a search box). */
  pauseMs?: number;
  /** Ask again this long after each answer, failed or not (following a job). */
  pollMs?: number;
}

interface Loaded<T> {
  key: string | null;
  data: T | null;
  error: string | null;
  errorStatus: number | null;
  errorCode: ApiError['code'] | null;
  loadedAt: Date | null;
}

const NOTHING = { data: null, error: null, errorStatus: null, errorCode: null, loadedAt: null };

export function useApiQuery<T>(
  queryKey: QueryKey | null,
  load: (signal: AbortSignal) => Promise<T>,
  { whenVisible = false, onReconnect = false, pauseMs = 0, pollMs = 0 }: ApiQueryOptions = {},
): ApiQuery<T> {
  const key = keyText(queryKey);
  const [loaded, setLoaded] = useState<Loaded<T>>({ key, ...NOTHING });
  const [loading, setLoading] = useState(key !== null);
  const [generation, setGeneration] = useState(0);
  const request = useEffectEvent(load);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);

  useEffect(() => {
    if (key === null) return;
    const controller = new AbortController();
    const { signal } = controller;
    setLoading(true);
    const ask = () =>
      request(signal).then(
        (data) => {
          if (signal.aborted) return;
          setLoaded({ ...NOTHING, key, data, loadedAt: new Date() });
          setLoading(false);
        },
        (failure: unknown) => {
          if (signal.aborted) return;
          const failed = {
            error: errorMessage(failure),
            errorStatus: failure instanceof ApiError ? failure.status : 0,
            errorCode: failure instanceof ApiError ? failure.code : null,
          };
          // A failed reload keeps what was shown; another key's answer is not this key's.
          setLoaded((current) =>
            current.key === key ? { ...current, ...failed } : { ...NOTHING, key, ...failed },
          );
          setLoading(false);
        },
      );
    const timer = pauseMs > 0 ? window.setTimeout(() => void ask(), pauseMs) : void ask();
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [key, generation, pauseMs]);

  useEffect(() => {
    if (key === null) return;
    return showQuery(JSON.parse(key) as QueryKey, reload, onReconnect);
  }, [key, reload, onReconnect]);

  // Every new answer (or local update) starts the wait for the next poll afresh.
  useEffect(() => {
    if (key === null || pollMs <= 0 || loaded.key !== key) return;
    const timer = window.setTimeout(reload, pollMs);
    return () => window.clearTimeout(timer);
  }, [key, loaded, pollMs, reload]);

  useEffect(() => {
    if (!whenVisible) return;
    const onVisible = () => {
      if (document.visibilityState === 'visible') reload();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [whenVisible, reload]);

  const update = useCallback(
    (change: (current: T | null) => T | null) =>
      setLoaded((current) => ({ ...current, data: change(current.data) })),
    [],
  );
  // An answer for another key (the page moved on) is not this key's.
  const current = loaded.key === key ? loaded : NOTHING;
  return { ...current, loading: key !== null && loading, reload, update, previous: loaded.data };
}
