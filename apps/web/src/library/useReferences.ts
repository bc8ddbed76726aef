// The documents in a debate's library, with local updates after an upload or a removal.
import { useCallback, useEffect, useState } from 'react';
import { errorMessage } from '../api/ApiError';
import { referencesApi, type Reference } from './referencesApi';

export interface ReferencesState {
  references: Reference[] | null;
  error: string | null;
  added: (reference: Reference) => void;
  removed: (referenceId: string) => void;
  /** Its details were corrected: same place in the list. */
  updated: (reference: Reference) => void;
}

export function useReferences(debateId: string | null): ReferencesState {
  const [references, setReferences] = useState<Reference[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!debateId) return;
    const controller = new AbortController();
    referencesApi.list(debateId, controller.signal).then(
      (list) => {
        setReferences(list);
        setError(null);
      },
      (failure: unknown) => {
        if (!controller.signal.aborted) setError(errorMessage(failure));
      },
    );
    return () => controller.abort();
  }, [debateId]);

  const added = useCallback((reference: Reference) => {
    setReferences((list) => [reference, ...(list ?? []).filter((r) => r.id !== reference.id)]);
  }, []);
  const removed = useCallback((referenceId: string) => {
    setReferences((list) => (list ?? []).filter((r) => r.id !== referenceId));
  }, []);

  const updated = useCallback((reference: Reference) => {
    setReferences((list) => (list ?? []).map((r) => (r.id === reference.id ? reference : r)));
  }, []);

  return { references, error, added, removed, updated };
}
