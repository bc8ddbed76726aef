// A statement as one person receives it: the record and what they may do with it, from the
// policy table (as Outline's presentPolicies does). The web app renders from `abilities`
// and keeps no copy of the rules.
import type { Statement, StatementAbilities, WorkflowAction } from '@plenary/api';
import type { StatementRecord } from '@plenary/storage';
import type { Actor } from '../auth/Actor.js';
import { can } from '../auth/policy.js';
import { TRANSITIONS } from '../workflow/WorkflowService.js';
import { statementResource } from './statementResource.js';

/** The order the status bar offers the workflow's actions in. */
const OFFERED: readonly WorkflowAction[] = [
  'send_back',
  'send_for_review',
  'clear',
  'submit',
  'reopen',
];

export function statementAbilities(actor: Actor, statement: StatementRecord): StatementAbilities {
  const resource = statementResource(statement);
  return {
    edit: can(actor, 'statement.editText', resource),
    suggest: can(actor, 'statement.suggest', resource),
    comment: can(actor, 'statement.comment', resource),
    rename: can(actor, 'statement.rename', resource),
    delete: can(actor, 'statement.delete', resource),
    saveVersion: can(actor, 'statement.version', resource),
    restoreVersion: can(actor, 'statement.restore', resource),
    export: can(actor, 'statement.readText', resource),
    transitions: OFFERED.filter(
      (action) =>
        TRANSITIONS[action].from.includes(statement.status) &&
        can(actor, TRANSITIONS[action].policy, resource),
    ),
  };
}

/** The statement with the actor's abilities, as every REST answer about it sends it. */
export function presentStatement(actor: Actor, statement: StatementRecord): Statement {
  return {
    ...statement,
    language: statement.language as Statement['language'],
    abilities: statementAbilities(actor, statement),
  };
}
