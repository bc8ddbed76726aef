// The server's side of update admission: every statement's room enforces the statement
// limits, and a statement stored before them is repaired when it is opened.
import {
  allOf,
  AmendmentAttribution,
  DocumentLimits,
  SuggestionCheck,
  type Room,
  type UpdateAdmission,
} from '@plenary/collab';
import {
  flattenDeepNesting,
  STATEMENT_FRAGMENT,
  STATEMENT_LIMITS,
  statementDepth,
  SUGGESTION_DELETE,
  SUGGESTION_INSERT,
} from '@plenary/statement-model/document';
import type { Logger } from '../logger.js';
import type { ConnectionAttributions } from './ConnectionAttributions.js';

const SUGGESTION_RULES = {
  fragment: STATEMENT_FRAGMENT,
  insertKey: SUGGESTION_INSERT,
  deleteKey: SUGGESTION_DELETE,
};

/**
 * What each statement's room admits. The limits and the suggestion check keep state per
 * room (running estimates, a shadow copy); the attribution check keeps none and is shared.
 */
export function statementAdmissions(attributions?: ConnectionAttributions): () => UpdateAdmission {
  // In an outcome document, amendments also name a delegation the sender drafts for.
  const attribution =
    attributions &&
    new AmendmentAttribution([SUGGESTION_INSERT, SUGGESTION_DELETE], (connection) =>
      attributions.get(connection),
    );
  return () => {
    // Limits first: the suggestion check applies the update to a copy, which must be bounded.
    const limits = new DocumentLimits(STATEMENT_LIMITS);
    const suggestions = new SuggestionCheck(SUGGESTION_RULES);
    return attribution ? allOf(limits, suggestions, attribution) : allOf(limits, suggestions);
  };
}

/** Flattens what lies past the nesting limit, as a stored change like any other. */
export async function repairOnLoad(room: Room, logger: Logger): Promise<void> {
  const depth = statementDepth(room.doc);
  if (depth <= STATEMENT_LIMITS.maxDepth) return;
  // Loading such a document took a while: let waiting requests through before repairing it.
  await new Promise((resolve) => setImmediate(resolve));
  await room.repairBeforeJoin((doc) => flattenDeepNesting(doc));
  logger.warn(
    { statementId: room.id, depth, limit: STATEMENT_LIMITS.maxDepth },
    'statement nested past the limit was repaired on load',
  );
}
