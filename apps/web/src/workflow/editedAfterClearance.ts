import type { Statement } from '../api/statementsApi';
import type { HistoryEvent } from './workflowApi';

const STATUS_EVENTS = new Set([
  'statement.send_for_review',
  'statement.clear',
  'statement.send_back',
  'statement.submit',
  'statement.reopen',
  'statement.edited_after_clearance',
]);

/**
 * True when the statement is a draft again because its text changed after clearance
 * (rather than because a reviewer sent it back or a drafter reopened it): the last
 * status event in the history, newest first, says so.
 */
export function editedAfterClearance(
  statement: Statement,
  events: readonly HistoryEvent[] | null,
): boolean {
  if (statement.status !== 'draft' || !statement.clearedVersionId || !events) return false;
  const last = events.find((event) => STATUS_EVENTS.has(event.action));
  return last?.action === 'statement.edited_after_clearance';
}
