import type { StatementRecord } from '@plenary/storage';
import type { Resource } from '../auth/policy.js';

export const statementResource = (
  statement: StatementRecord,
): Extract<Resource, { kind: 'statement' }> => ({
  kind: 'statement',
  debateId: statement.debateId,
  delegationIds: statement.delegationIds,
  status: statement.status,
});
