// The one way a component loads data from the API: the request starts when `key` changes
// (null: nothing to load yet), is abandoned when the key changes again or the component goes,
// `reload` asks again and `update` changes the loaded value in place (after a local change).
// With `whenVisible`, it also asks again when the tab comes back into view.
import { useCallback, useEffect, useEffectEvent, useState } from 'react';
import { ApiError, errorMessage } from './ApiError';

export interface ApiQuery<T> {
  /** The last answer for this key; null until it arrives. */
  data: T | null;
  error: string | null;
  /** The failed answer's HTTP status (404: not there); 0 when none came; null without error. */
  errorStatus: number | null;
  loading: boolean;
  /** When the answer arrived. */
  loadedAt: Date | null;
  reload: () => void;
  update: (change: (current: T | null) => T | null) => void;
  /** The last answer whatever its key, to show while another key loads. */
  previous: T | null;
}

interface Loaded<T> {
  key: string | null;
  data: T | null;
  error: string | null;
  errorStatus: number | null;
  loadedAt: Date | null;
}

const NOTHING = { data: null, error: null, errorStatus: null, loadedAt: null };

export function useApiQuery<T>(
  key: string | null,
  load: (signal: AbortSignal) => Promise<T>,
  { whenVisible = false } = {},
): ApiQuery<T> {
  const [loaded, setLoaded] = useState<Loaded<T>>({ key, ...NOTHING });
  const [loading, setLoading] = useState(key !== null);
  const [generation, setGeneration] = useState(0);
  const request = useEffectEvent(load);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);

  useEffect(() => {
    if (key === null) return;
    const controller = new AbortController();
    setLoading(true);
    request(controller.signal).then(
      (data) => {
        setLoaded({ key, data, error: null, errorStatus: null, loadedAt: new Date() });
        setLoading(false);
      },
      (failure: unknown) => {
        if (controller.signal.aborted) return;
        const error = errorMessage(failure);
        const errorStatus = failure instanceof ApiError ? failure.status : 0;
        // A failed reload keeps what was shown; another key's answer is not this key's.
        setLoaded((current) =>
          current.key === key
            ? { ...current, error, errorStatus }
            : { key, data: null, error, errorStatus, loadedAt: null },
        );
        setLoading(false);
      },
    );
    return () => controller.abort();
  }, [key, generation]);

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
  return { ...current, loading, reload, update, previous: loaded.data };
}
