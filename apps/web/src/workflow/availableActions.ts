// Which status changes the person may make now. The server decides in the end (and
// says why not); this only keeps buttons that would certainly be refused off the screen.
import type { StatementStatus } from '../api/statementsApi';
import type { DelegationRole } from '../debates/debatesApi';
import type { WorkflowAction } from './workflowApi';

export interface ActionOffer {
  action: WorkflowAction;
  label: string;
  primary: boolean;
  /** What to ask before sending: nothing, a confirmation, or a comment. */
  ask: 'nothing' | 'confirm' | 'comment';
}

const SEND_FOR_REVIEW: ActionOffer = {
  action: 'send_for_review',
  label: 'Send for review',
  primary: true,
  ask: 'nothing',
};
const CLEAR: ActionOffer = { action: 'clear', label: 'Clear', primary: true, ask: 'nothing' };
const SEND_BACK: ActionOffer = {
  action: 'send_back',
  label: 'Send back…',
  primary: false,
  ask: 'comment',
};
const SUBMIT: ActionOffer = { action: 'submit', label: 'Submit…', primary: true, ask: 'confirm' };
const REOPEN: ActionOffer = { action: 'reopen', label: 'Reopen…', primary: false, ask: 'confirm' };

const OFFERS: Record<DelegationRole, Partial<Record<StatementStatus, ActionOffer[]>>> = {
  drafter: { draft: [SEND_FOR_REVIEW], cleared: [SUBMIT], submitted: [REOPEN] },
  reviewer: { in_review: [SEND_BACK, CLEAR], cleared: [SEND_BACK] },
  viewer: {},
};

export function availableActions(
  status: StatementStatus,
  role: DelegationRole | null,
): ActionOffer[] {
  return role ? (OFFERS[role][status] ?? []) : [];
}
