// Search as you type: waits for a pause in typing, cancels answers that a newer query
// has made stale, and keeps the previous hits on screen while the next ones load.
import { useEffect, useState } from 'react';
import { errorMessage } from '../api/ApiError';
import { referencesApi, type SearchHit } from './referencesApi';

export type SearchState =
  | { status: 'idle' }
  | { status: 'searching'; hits: SearchHit[] }
  | { status: 'done'; query: string; hits: SearchHit[] }
  | { status: 'failed'; message: string };

const PAUSE_MS = 250;
const MIN_QUERY_LENGTH = 2;

export function useLibrarySearch(debateId: string | null, query: string): SearchState {
  const [state, setState] = useState<SearchState>({ status: 'idle' });
  const trimmed = query.trim();

  useEffect(() => {
    if (!debateId || trimmed.length < MIN_QUERY_LENGTH) {
      setState({ status: 'idle' });
      return;
    }
    setState((previous) => ({
      status: 'searching',
      hits: 'hits' in previous ? previous.hits : [],
    }));
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      referencesApi.search(debateId, trimmed, controller.signal).then(
        (hits) => setState({ status: 'done', query: trimmed, hits }),
        (failure: unknown) => {
          if (!controller.signal.aborted)
            setState({ status: 'failed', message: errorMessage(failure) });
        },
      );
    }, PAUSE_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [debateId, trimmed]);

  return state;
}
