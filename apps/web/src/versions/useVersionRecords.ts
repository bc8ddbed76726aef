// A statement's versions and history events, loaded only while something shows them
// (the list carries every version's text) and again whenever the statement moves on.
import { useCallback, useEffect, useState } from 'react';
import { errorMessage } from '../api/ApiError';
import type { Statement } from '../api/statementsApi';
import { workflowApi, type HistoryEvent } from '../workflow/workflowApi';
import type { HistoryPanelState } from './useHistoryPanel';
import { versionsApi, type Version } from './versionsApi';

export interface VersionRecords {
  versions: Version[] | null;
  events: HistoryEvent[] | null;
  error: string | null;
  reload: () => void;
}

/**
 * Versions load while the history panel or a version is shown; events also while the
 * statement is a draft that was once cleared (the status bar asks why it is a draft).
 */
export function useVersionRecords(
  statement: Statement | null,
  history: Pick<HistoryPanelState, 'open' | 'view'>,
): VersionRecords {
  const showing = history.open || history.view !== null;
  const wanted = {
    versions: showing,
    events: showing || (statement?.status === 'draft' && statement.clearedVersionId !== null),
  };
  const [versions, setVersions] = useState<Version[] | null>(null);
  const [events, setEvents] = useState<HistoryEvent[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const id = statement?.id;
  // Every status change takes a version and records an event.
  const moment = statement
    ? `${statement.status}:${statement.revision}:${statement.updatedAt}`
    : '';

  useEffect(() => {
    if (!id || !wanted.versions) return;
    return load((signal) => versionsApi.list(id, signal), setVersions, setError);
  }, [id, moment, wanted.versions, generation]);

  useEffect(() => {
    if (!id || !wanted.events) return;
    return load((signal) => workflowApi.history(id, signal), setEvents, setError);
  }, [id, moment, wanted.events, generation]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  return { versions, events, error, reload };
}

/** Starts a request; the returned clean-up abandons it. */
function load<T>(
  request: (signal: AbortSignal) => Promise<T>,
  onLoaded: (value: T) => void,
  onError: (message: string | null) => void,
): () => void {
  const controller = new AbortController();
  request(controller.signal).then(
    (value) => {
      onLoaded(value);
      onError(null);
    },
    (failure: unknown) => {
      if (!controller.signal.aborted) onError(errorMessage(failure));
    },
  );
  return () => controller.abort();
}
