// Delegations of a debate and the people in them (organizers manage; members read).
import { ApiError } from '../api/ApiError';
import { apiRequest, isRecord } from '../api/apiRequest';
import type { DelegationRole } from './debatesApi';

export type DelegationKind =
  'member_state' | 'observer' | 'regional_organization' | 'training_team';

export const DELEGATION_KINDS: { value: DelegationKind; label: string }[] = [
  { value: 'member_state', label: 'Member State' },
  { value: 'observer', label: 'Observer' },
  { value: 'regional_organization', label: 'Regional organization' },
  { value: 'training_team', label: 'Training team' },
];

export interface Member {
  userId: string;
  email: string;
  displayName: string;
  role: DelegationRole;
  /** Who granted the role (an organizer, or whoever sent the invitation), if known. */
  addedBy: { id: string; displayName: string } | null;
}

function parseMember(value: unknown): Member {
  if (
    isRecord(value) &&
    typeof value.userId === 'string' &&
    typeof value.email === 'string' &&
    typeof value.displayName === 'string' &&
    (value.role === 'drafter' || value.role === 'reviewer' || value.role === 'viewer')
  ) {
    return {
      userId: value.userId,
      email: value.email,
      displayName: value.displayName,
      role: value.role,
      addedBy:
        isRecord(value.addedBy) &&
        typeof value.addedBy.id === 'string' &&
        typeof value.addedBy.displayName === 'string'
          ? { id: value.addedBy.id, displayName: value.addedBy.displayName }
          : null,
    };
  }
  throw new ApiError('response.invalid', 'A delegation member could not be read.', 200);
}

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
    const payload = await apiRequest(`${delegationPath(delegationId)}/members`, { signal });
    const list = isRecord(payload) ? payload.members : undefined;
    if (!Array.isArray(list))
      throw new ApiError('response.invalid', 'The members could not be read.', 200);
    return list.map(parseMember);
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
