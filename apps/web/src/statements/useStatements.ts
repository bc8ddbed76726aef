// The statements list: loaded on mount and again whenever the tab becomes visible,
// so a list left open all day does not drift far from what colleagues did.
import { useCallback, useEffect, useState } from 'react';
import { errorMessage } from '../api/ApiError';
import { statementsApi, type Statement } from '../api/statementsApi';

export interface StatementsState {
  statements: Statement[] | null;
  loadError: string | null;
  upsert: (statement: Statement) => void;
  remove: (statementId: string) => void;
  reload: () => void;
}

const byUpdatedDesc = (a: Statement, b: Statement) => b.updatedAt.localeCompare(a.updatedAt);

export function useStatements(): StatementsState {
  const [statements, setStatements] = useState<Statement[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    statementsApi.list(controller.signal).then(
      (list) => {
        setStatements(list);
        setLoadError(null);
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setLoadError(errorMessage(error));
      },
    );
    return () => controller.abort();
  }, [generation]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);

  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === 'visible') reload();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [reload]);

  const upsert = useCallback((statement: Statement) => {
    setStatements((list) =>
      [statement, ...(list ?? []).filter((item) => item.id !== statement.id)].sort(byUpdatedDesc),
    );
  }, []);

  const remove = useCallback((statementId: string) => {
    setStatements((list) => (list ?? []).filter((item) => item.id !== statementId));
  }, []);

  return { statements, loadError, upsert, remove, reload };
}
