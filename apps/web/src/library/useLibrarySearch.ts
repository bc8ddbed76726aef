// Search as you type: waits for a pause in typing, cancels answers that a newer query
// has made stale, and keeps the previous hits on screen while the next ones load.
import { useApiQuery } from '../api/useApiQuery';
import { referencesApi, type SearchHit } from './referencesApi';

export type SearchState =
  | { status: 'idle' }
  | { status: 'searching'; hits: SearchHit[] }
  | { status: 'done'; query: string; hits: SearchHit[] }
  | { status: 'failed'; message: string };

const PAUSE_MS = 250;
const MIN_QUERY_LENGTH = 2;

export function useLibrarySearch(debateId: string | null, query: string): SearchState {
  const trimmed = query.trim();
  const wanted = debateId !== null && trimmed.length >= MIN_QUERY_LENGTH;
  const search = useApiQuery(
    wanted ? ['debate', debateId, 'references', 'search', trimmed] : null,
    (signal) => referencesApi.search(debateId ?? '', trimmed, signal),
    { pauseMs: PAUSE_MS },
  );
  if (!wanted) return { status: 'idle' };
  if (search.loading) return { status: 'searching', hits: search.previous ?? [] };
  if (search.error !== null) return { status: 'failed', message: search.error };
  return { status: 'done', query: trimmed, hits: search.data ?? [] };
}
