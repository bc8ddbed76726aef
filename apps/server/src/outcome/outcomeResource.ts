import type { OutcomeRecord } from '@plenary/storage';
import type { Resource } from '../auth/policy.js';

export const outcomeResource = (
  outcome: OutcomeRecord,
): Extract<Resource, { kind: 'outcome' }> => ({
  kind: 'outcome',
  debateId: outcome.debateId,
  penholderDelegationId: outcome.penholderDelegationId,
  status: outcome.status,
});

/** The outcome document, acted on in the name of one delegation. */
export const inTheNameOf = (
  outcome: OutcomeRecord,
  delegationId: string,
): Extract<Resource, { kind: 'outcomeDelegation' }> => ({
  ...outcomeResource(outcome),
  kind: 'outcomeDelegation',
  delegationId,
});
