// Where a statement belongs and what the person may do with it: the debate, the
// owning delegations' names, and the person's strongest role among them.
import { useMemo } from 'react';
import type { Statement } from '../api/statementsApi';
import { useApiQuery } from '../api/useApiQuery';
import {
  debatesApi,
  type Debate,
  type Delegation,
  type DelegationRole,
} from '../debates/debatesApi';
import { ROLE_RANK } from '../debates/useMemberships';

export interface StatementContext {
  debate: Debate;
  delegationNames: string[];
  /** The owning delegations, in the debate's order. */
  delegations: Delegation[];
  role: DelegationRole | null;
}

/** Null until known (or when it cannot be loaded: the server still enforces every right). */
export function useStatementContext(
  statement: Statement | null,
  reloadKey = 0,
): StatementContext | null {
  const debateId = statement?.debateId;
  const owners = statement?.delegationIds.join(',') ?? '';
  const { data } = useApiQuery(
    debateId ? ['debate', debateId, String(reloadKey)] : null,
    (signal) => debatesApi.get(debateId ?? '', signal),
  );
  return useMemo(() => {
    if (!data) return null;
    const ownerIds = new Set(owners.split(','));
    const owning = data.delegations.filter((delegation) => ownerIds.has(delegation.id));
    let role: DelegationRole | null = null;
    for (const { myRole } of owning) {
      if (myRole && (!role || ROLE_RANK[myRole] > ROLE_RANK[role])) role = myRole;
    }
    const delegationNames = owning.map((delegation) => delegation.name);
    return { debate: data.debate, delegationNames, delegations: owning, role };
  }, [data, owners]);
}
