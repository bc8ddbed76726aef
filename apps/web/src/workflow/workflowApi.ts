// The clearance workflow over REST: status changes and the statement's history.
import { HistoryEvent, Statement, type WorkflowAction } from '@plenary/api';
import * as z from 'zod/mini';
import { apiCall } from '../api/apiRequest';

export type { HistoryEvent, WorkflowAction } from '@plenary/api';

export const SEND_BACK_COMMENT_MAX_LENGTH = 2000;

const path = (id: string) => `/statements/${encodeURIComponent(id)}`;

export const workflowApi = {
  /** Moves the statement along the workflow; answers with the statement as it now stands. */
  async transition(
    statementId: string,
    action: WorkflowAction,
    comment?: string,
  ): Promise<Statement> {
    const body = comment === undefined ? { action } : { action, comment };
    const Answer = z.object({ statement: Statement });
    return (await apiCall(Answer, `${path(statementId)}/transitions`, { method: 'POST', body }))
      .statement;
  },

  /** Who did what, newest first. */
  async history(statementId: string, signal?: AbortSignal): Promise<HistoryEvent[]> {
    const Answer = z.object({ events: z.array(HistoryEvent) });
    return (await apiCall(Answer, `${path(statementId)}/history`, { signal })).events;
  },
};
