// What an actor may do with a statement's document over the collab endpoint. A debate's
// outcome document follows the outcome policy (shared with the debate, penholder writes);
// every other statement the statement policy (its delegations only).
import type { Attribution } from '@plenary/collab';
import type { StatementRecord, Stores } from '@plenary/storage';
import type { Actor } from '../auth/Actor.js';
import { can } from '../auth/policy.js';
import { outcomeResource } from '../outcome/outcomeResource.js';
import { statementResource } from '../statements/statementResource.js';
import { collabLevel, type CollabLevel } from './collabLevel.js';

export interface CollabRights {
  /** Outcome documents: the person and delegations amendments (suggestion marks) may name. */
  attribution?: Attribution;
  /** May know the document exists (a refusal says "forbidden" rather than "not found"). */
  visible: boolean;
  read: boolean;
  /** Edit the text, only suggest changes (own suggestions, checked per update), or read it. */
  level: CollabLevel;
}

export async function collabRights(
  stores: Stores,
  actor: Actor,
  statement: StatementRecord,
): Promise<CollabRights> {
  const outcome = await stores.outcomes.byStatement(statement.id);
  if (outcome) {
    const resource = outcomeResource(outcome);
    const read = can(actor, 'outcome.read', resource);
    const delegations = await stores.delegations.listByDebate(outcome.debateId);
    // Delegations amend the text as suggestions in their own name; the penholder edits it.
    const level: CollabLevel = can(actor, 'outcome.editText', resource)
      ? 'edit'
      : can(actor, 'outcome.suggest', resource)
        ? 'suggest'
        : 'read';
    return {
      visible: read,
      read,
      level,
      attribution: {
        userId: actor.user.id,
        delegationIds: delegations
          .filter((d) => actor.roles.get(d.id) === 'drafter')
          .map((d) => d.id),
      },
    };
  }
  const resource = statementResource(statement);
  return {
    visible: can(actor, 'statement.readMeta', resource),
    read: can(actor, 'statement.readText', resource),
    level: collabLevel(actor, resource),
  };
}
