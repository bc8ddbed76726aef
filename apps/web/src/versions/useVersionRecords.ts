// A statement's versions and history events, loaded only while something shows them
// (the list carries every version's text) and again whenever the statement moves on.
import { useCallback } from 'react';
import { useApiQuery } from '../api/useApiQuery';
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
  const id = statement?.id;
  // Every status change takes a version and records an event.
  const moment = statement
    ? `${statement.status}:${statement.revision}:${statement.updatedAt}`
    : '';
  const versions = useApiQuery(
    wanted.versions && id ? ['statement', id, 'versions', moment] : null,
    (signal) => versionsApi.list(id ?? '', signal),
  );
  const events = useApiQuery(
    wanted.events && id ? ['statement', id, 'history', moment] : null,
    (signal) => workflowApi.history(id ?? '', signal),
  );
  const { reload: reloadVersions } = versions;
  const { reload: reloadEvents } = events;
  const reload = useCallback(() => {
    reloadVersions();
    reloadEvents();
  }, [reloadVersions, reloadEvents]);
  return {
    versions: versions.data,
    events: events.data,
    error: versions.error ?? events.error,
    reload,
  };
}
