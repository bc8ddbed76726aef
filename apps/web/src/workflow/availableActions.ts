// How the status changes the person may make now are offered. Which ones they may make is the
// server's to say (`statement.abilities.transitions`); this holds only labels and prompts.
import type { WorkflowAction } from './workflowApi';
import { t } from '../i18n/messages/workflow';

export interface ActionOffer {
  action: WorkflowAction;
  label: string;
  primary: boolean;
  /** What to ask before sending: nothing, a confirmation, or a comment. */
  ask: 'nothing' | 'confirm' | 'comment';
}

const SEND_FOR_REVIEW: ActionOffer = {
  action: 'send_for_review',
  label: t('actions.send_for_review'),
  primary: true,
  ask: 'nothing',
};
const CLEAR: ActionOffer = {
  action: 'clear',
  label: t('actions.clear'),
  primary: true,
  ask: 'nothing',
};
const SEND_BACK: ActionOffer = {
  action: 'send_back',
  label: t('actions.send_back'),
  primary: false,
  ask: 'comment',
};
const SUBMIT: ActionOffer = {
  action: 'submit',
  label: t('actions.submit'),
  primary: true,
  ask: 'confirm',
};
const REOPEN: ActionOffer = {
  action: 'reopen',
  label: t('actions.reopen'),
  primary: false,
  ask: 'confirm',
};

const OFFERS: Record<WorkflowAction, ActionOffer> = {
  send_for_review: SEND_FOR_REVIEW,
  clear: CLEAR,
  send_back: SEND_BACK,
  submit: SUBMIT,
  reopen: REOPEN,
};

/** The buttons for what the server says the person may do now (`abilities.transitions`). */
export function offersFor(transitions: readonly WorkflowAction[] = []): ActionOffer[] {
  return transitions.map((action) => OFFERS[action]);
}
