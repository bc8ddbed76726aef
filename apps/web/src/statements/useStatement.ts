// One statement's metadata, loaded over REST and then kept current by app events.
import { useCallback, useEffect, useRef } from 'react';
import { statementsApi, type Statement } from '../api/statementsApi';
import { useApiQuery } from '../api/useApiQuery';

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
  const { data, error, errorStatus, reload, update } = useApiQuery(
    ['statement', statementId],
    (signal) => statementsApi.get(statementId, signal),
    // Status changes arrive as events, and those sent while this tab was offline are gone.
    { onReconnect: true },
  );
  const asked = useRef(generation);
  useEffect(() => {
    if (asked.current === generation) return;
    asked.current = generation;
    reload();
  }, [generation, reload]);

  const setStatement = useCallback((next: Statement) => update(() => next), [update]);
  const updated = useCallback(
    (next: Statement) => {
      update((current) => ({ ...next, abilities: current?.abilities }));
      reload();
    },
    [update, reload],
  );

  const notFound = errorStatus === 404;
  return {
    statement: data,
    notFound,
    loadError: notFound ? null : error,
    setStatement,
    updated,
  };
}
