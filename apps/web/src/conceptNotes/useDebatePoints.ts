// A debate's objectives and discussion points, reloaded on demand (after an import).
import { useCallback, useEffect, useState } from 'react';
import { errorMessage } from '../api/ApiError';
import { conceptNotesApi, type DebatePoints } from './conceptNotesApi';

export interface DebatePointsState {
  points: DebatePoints | null;
  error: string | null;
  reload: () => void;
}

export function useDebatePoints(debateId: string | null): DebatePointsState {
  const [points, setPoints] = useState<DebatePoints | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (!debateId) return;
    const controller = new AbortController();
    conceptNotesApi.points(debateId, controller.signal).then(
      (loaded) => {
        setPoints(loaded);
        setError(null);
      },
      (failure: unknown) => {
        if (!controller.signal.aborted) setError(errorMessage(failure));
      },
    );
    return () => controller.abort();
  }, [debateId, generation]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  return { points, error, reload };
}
