// One statement's metadata, loaded over REST and then kept current by app events.
import { useEffect, useState } from 'react';
import { ApiError, errorMessage } from '../api/ApiError';
import { statementsApi, type Statement } from '../api/statementsApi';

export interface StatementState {
  statement: Statement | null;
  /** The server says the statement does not exist. */
  notFound: boolean;
  loadError: string | null;
  setStatement: (statement: Statement) => void;
}

export function useStatement(statementId: string): StatementState {
  const [statement, setStatement] = useState<Statement | null>(null);
  const [notFound, setNotFound] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    setStatement(null);
    setNotFound(false);
    setLoadError(null);
    statementsApi.get(statementId, controller.signal).then(setStatement, (error: unknown) => {
      if (controller.signal.aborted) return;
      if (error instanceof ApiError && error.status === 404) setNotFound(true);
      else setLoadError(errorMessage(error));
    });
    return () => controller.abort();
  }, [statementId]);

  return { statement, notFound, loadError, setStatement };
}
