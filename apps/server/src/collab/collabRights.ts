// What an actor may do with a statement's document over the collab endpoint. A debate's
// outcome document follows the outcome policy (shared with the debate, penholder writes);
// every other statement the statement policy (its delegations only).
import type { Attribution } from '@plenary/collab';
import type { StatementRecord, Stores } from '@plenary/storage';
import type { Actor } from '../auth/Actor.js';
import { can } from '../auth/policy.js';
import { outcomeResource } from '../outcome/outcomeResource.js';
import { statementResource } from '../statements/statementResource.js';

export interface CollabRights {
  /** Outcome documents: the person and delegations amendments (suggestion marks) may name. */
  attribution?: Attribution;
  /** May know the document exists (a refusal says "forbidden" rather than "not found"). */
  visible: boolean;
  read: boolean;
  write: boolean;
}

export async function collabRights(
  stores: Stores,
  actor: Actor,
  statement: StatementRecord,
): Promise<CollabRights> {
  const outcome = await stores.outcomes.byStatement(statement.id);
  if (outcome) {
    const read = can(actor, 'outcome.read', outcomeResource(outcome));
    const delegations = await stores.delegations.listByDebate(outcome.debateId);
    return {
      visible: read,
      read,
      write: can(actor, 'outcome.editText', outcomeResource(outcome)),
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
    write: can(actor, 'statement.editText', resource),
  };
}
