// Everything the statements screens need to know about where the person belongs:
// debate themes and delegation names to label statements, and their role in each
// delegation to decide who may create, edit, rename or delete.
import { useApiQuery } from '../api/useApiQuery';
import {
  debatesApi,
  type Debate,
  type DebateDetail,
  type Delegation,
  type DelegationRole,
} from './debatesApi';

export interface Memberships {
  debates: Map<string, Debate>;
  delegations: Map<string, Delegation>;
  /** Debates the person organizes (or, as administrator, may manage). */
  managedDebateIds: Set<string>;
  /** Delegations in which the person may create statements. */
  draftingDelegations: Delegation[];
}

export const ROLE_RANK: Record<DelegationRole, number> = { viewer: 1, reviewer: 2, drafter: 3 };

function combine(details: DebateDetail[]): Memberships {
  const memberships: Memberships = {
    debates: new Map(),
    delegations: new Map(),
    managedDebateIds: new Set(),
    draftingDelegations: [],
  };
  for (const { debate, delegations, canManage } of details) {
    memberships.debates.set(debate.id, debate);
    if (canManage) memberships.managedDebateIds.add(debate.id);
    for (const delegation of delegations) {
      memberships.delegations.set(delegation.id, delegation);
      if (delegation.myRole === 'drafter') memberships.draftingDelegations.push(delegation);
    }
  }
  return memberships;
}

/** Loads the person's debates and delegations; null until loaded. */
export function useMemberships(): { memberships: Memberships | null; error: string | null } {
  const { data, error } = useApiQuery(['debates', 'details'], async (signal) => {
    const debates = await debatesApi.list(signal);
    return combine(await Promise.all(debates.map((debate) => debatesApi.get(debate.id, signal))));
  });
  return { memberships: data, error };
}
