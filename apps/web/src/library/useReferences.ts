// The documents in a debate's library, with local updates after an upload or a removal.
import { useCallback } from 'react';
import { useApiQuery } from '../api/useApiQuery';
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
  const { data, error, update } = useApiQuery(
    debateId ? ['debate', debateId, 'references'] : null,
    (signal) => referencesApi.list(debateId ?? '', signal),
  );
  const added = useCallback(
    (reference: Reference) =>
      update((list) => [reference, ...(list ?? []).filter((r) => r.id !== reference.id)]),
    [update],
  );
  const removed = useCallback(
    (referenceId: string) => update((list) => (list ?? []).filter((r) => r.id !== referenceId)),
    [update],
  );
  const updated = useCallback(
    (reference: Reference) =>
      update((list) => (list ?? []).map((r) => (r.id === reference.id ? reference : r))),
    [update],
  );
  return { references: data, error, added, removed, updated };
}
