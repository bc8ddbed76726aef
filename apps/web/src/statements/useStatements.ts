// The statements list: loaded on mount and again whenever the tab becomes visible,
// so a list left open all day does not drift far from what colleagues did.
import { useCallback } from 'react';
import { statementsApi, type Statement } from '../api/statementsApi';
import { useApiQuery } from '../api/useApiQuery';

export interface StatementsState {
  statements: Statement[] | null;
  loadError: string | null;
  upsert: (statement: Statement) => void;
  remove: (statementId: string) => void;
  reload: () => void;
}

const byUpdatedDesc = (a: Statement, b: Statement) => b.updatedAt.localeCompare(a.updatedAt);

export function useStatements(): StatementsState {
  const query = useApiQuery(['statements'], (signal) => statementsApi.list(signal), {
    whenVisible: true,
  });
  const { update } = query;
  const upsert = useCallback(
    (statement: Statement) =>
      update((list) =>
        [statement, ...(list ?? []).filter((item) => item.id !== statement.id)].sort(byUpdatedDesc),
      ),
    [update],
  );
  const remove = useCallback(
    (statementId: string) =>
      update((list) => (list ?? []).filter((item) => item.id !== statementId)),
    [update],
  );
  return { statements: query.data, loadError: query.error, upsert, remove, reload: query.reload };
}
