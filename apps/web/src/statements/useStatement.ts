// One statement's metadata, loaded over REST and then kept current by app events.
import { useCallback, useEffect, useState } from 'react';
import { ApiError, errorMessage } from '../api/ApiError';
import { statementsApi, type Statement } from '../api/statementsApi';

export interface StatementState {
  statement: Statement | null;
  /** The server says the statement does not exist. */
  notFound: boolean;
  loadError: string | null;
  setStatement: (statement: Statement) => void;
  /**
   * A change heard live, which carries no abilities: shown at once, then read again for what
   * the person may now do with it.
   */
  updated: (statement: Statement) => void;
}

/** `generation`: read the statement again when it changes (the person's role changed). */
export function useStatement(statementId: string, generation = 0): StatementState {
  const [statement, setStatement] = useState<Statement | null>(null);
  const [notFound, setNotFound] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    setStatement(null);
    setNotFound(false);
    setLoadError(null);
  }, [statementId]);

  useEffect(() => {
    const controller = new AbortController();
    statementsApi.get(statementId, controller.signal).then(setStatement, (error: unknown) => {
      if (controller.signal.aborted) return;
      if (error instanceof ApiError && error.status === 404) setNotFound(true);
      else setLoadError(errorMessage(error));
    });
    return () => controller.abort();
  }, [statementId, generation]);

  const updated = useCallback((next: Statement) => {
    setStatement((current) => ({ ...next, abilities: current?.abilities }));
    statementsApi.get(next.id).then(setStatement, () => undefined);
  }, []);

  return { statement, notFound, loadError, setStatement, updated };
}
