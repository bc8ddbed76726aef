// A debate's objectives and discussion points, reloaded on demand (after an import).
import { useApiQuery } from '../api/useApiQuery';
import { conceptNotesApi, type DebatePoints } from './conceptNotesApi';

export interface DebatePointsState {
  points: DebatePoints | null;
  error: string | null;
  reload: () => void;
}

export function useDebatePoints(debateId: string | null): DebatePointsState {
  const { data, error, reload } = useApiQuery(
    debateId ? ['debate', debateId, 'points'] : null,
    (signal) => conceptNotesApi.points(debateId ?? '', signal),
  );
  return { points: data, error, reload };
}
