// Every statement of a debate, as an organizer sees them (metadata only). Loaded on
// mount, on request, live whenever a statement of the debate changes (socket.io), and when
// the tab comes back into view, since an organizer may leave the page open all afternoon.
import type { Statement } from '../api/statementsApi';
import { useApiQuery } from '../api/useApiQuery';
import { useDebateRoom } from '../realtime/useDebateRoom';
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
  const query = useApiQuery(
    ['debate', debateId, 'statements'],
    (signal) => compilationApi.statements(debateId, signal),
    { whenVisible: true, onReconnect: true },
  );
  useDebateRoom(debateId);
  const { data: statements, loadedAt, loading, error, reload } = query;
  return { statements, loadedAt, loading, error, reload };
}
