// Every statement of a debate, as an organizer sees them (metadata only). Loaded on
// mount, on request, live whenever a statement of the debate changes (socket.io), and when
// the tab comes back into view, since an organizer may leave the page open all afternoon.
import { useCallback, useEffect, useState } from 'react';
import { errorMessage } from '../api/ApiError';
import type { Statement } from '../api/statementsApi';
import { useDebateEvents } from '../realtime/useDebateEvents';
import { compilationApi } from './compilationApi';

export interface DebateStatements {
  statements: Statement[] | null;
  /** When the list last arrived from the server. */
  loadedAt: Date | null;
  loading: boolean;
  error: string | null;
  reload: () => void;
}

export function useDebateStatements(debateId: string): DebateStatements {
  const [statements, setStatements] = useState<Statement[] | null>(null);
  const [loadedAt, setLoadedAt] = useState<Date | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  useDebateEvents(debateId, reload);

  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    compilationApi.statements(debateId, controller.signal).then(
      (list) => {
        setStatements(list);
        setLoadedAt(new Date());
        setError(null);
        setLoading(false);
      },
      (failure: unknown) => {
        if (controller.signal.aborted) return;
        setError(errorMessage(failure));
        setLoading(false);
      },
    );
    return () => controller.abort();
  }, [debateId, generation]);

  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === 'visible') reload();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [reload]);

  return { statements, loadedAt, loading, error, reload };
}
