// Delegations of a debate and the people in them (organizers manage; members read).
import { Member, type DelegationKind, type DelegationRole } from '@plenary/api';
import * as z from 'zod/mini';
import { apiCall, apiRequest } from '../api/apiRequest';

export type { DelegationKind, Member } from '@plenary/api';

/** Labels are keys of the debates messages (i18n/messages/debates.ts). */
export const DELEGATION_KINDS = [
  { value: 'member_state', label: 'delegation.memberState' },
  { value: 'observer', label: 'delegation.observer' },
  { value: 'regional_organization', label: 'delegation.regionalOrganization' },
  { value: 'training_team', label: 'delegation.trainingTeam' },
] as const satisfies readonly { value: DelegationKind; label: string }[];

const delegationPath = (id: string) => `/delegations/${encodeURIComponent(id)}`;

export const delegationsApi = {
  async create(debateId: string, input: { name: string; kind: DelegationKind }): Promise<void> {
    await apiRequest(`/debates/${encodeURIComponent(debateId)}/delegations`, {
      method: 'POST',
      body: input,
    });
  },

  async remove(delegationId: string): Promise<void> {
    await apiRequest(delegationPath(delegationId), { method: 'DELETE' });
  },

  async members(delegationId: string, signal?: AbortSignal): Promise<Member[]> {
    const List = z.object({ members: z.array(Member) });
    return (await apiCall(List, `${delegationPath(delegationId)}/members`, { signal })).members;
  },

  async setMember(delegationId: string, userId: string, role: DelegationRole): Promise<void> {
    await apiRequest(`${delegationPath(delegationId)}/members/${encodeURIComponent(userId)}`, {
      method: 'PUT',
      body: { role },
    });
  },

  async removeMember(delegationId: string, userId: string): Promise<void> {
    await apiRequest(`${delegationPath(delegationId)}/members/${encodeURIComponent(userId)}`, {
      method: 'DELETE',
    });
  },
};
