// The clearance workflow over REST: status changes and the statement's history.
import { ApiError } from '../api/ApiError';
import { apiRequest, isRecord } from '../api/apiRequest';
import { parseStatement, type Statement } from '../api/statementsApi';

export type WorkflowAction = 'send_for_review' | 'clear' | 'send_back' | 'submit' | 'reopen';

export interface HistoryEvent {
  id: number;
  at: string;
  actorId: string | null;
  /** Null for changes the system made itself (an edit after clearance). */
  actorName: string | null;
  /** "statement.clear", "version.restored", "thread.resolved"… */
  action: string;
  data: Record<string, unknown>;
}

export const SEND_BACK_COMMENT_MAX_LENGTH = 2000;

function parseEvent(value: unknown): HistoryEvent {
  if (isRecord(value) && typeof value.at === 'string' && typeof value.action === 'string') {
    return {
      id: typeof value.id === 'number' ? value.id : 0,
      at: value.at,
      actorId: typeof value.actorId === 'string' ? value.actorId : null,
      actorName: typeof value.actorName === 'string' ? value.actorName : null,
      action: value.action,
      data: isRecord(value.data) ? value.data : {},
    };
  }
  throw new ApiError('response.invalid', 'The statement’s history could not be read.', 200);
}

const path = (id: string) => `/statements/${encodeURIComponent(id)}`;

export const workflowApi = {
  /** Moves the statement along the workflow; answers with the statement as it now stands. */
  async transition(
    statementId: string,
    action: WorkflowAction,
    comment?: string,
  ): Promise<Statement> {
    const payload = await apiRequest(`${path(statementId)}/transitions`, {
      method: 'POST',
      body: comment === undefined ? { action } : { action, comment },
    });
    return parseStatement(isRecord(payload) ? payload.statement : undefined);
  },

  /** Who did what, newest first. */
  async history(statementId: string, signal?: AbortSignal): Promise<HistoryEvent[]> {
    const payload = await apiRequest(`${path(statementId)}/history`, { signal });
    const events = isRecord(payload) ? payload.events : undefined;
    if (!Array.isArray(events))
      throw new ApiError('response.invalid', 'The statement’s history could not be read.', 200);
    return events.map(parseEvent);
  },
};
