// Invitation links: what a link offers, and accepting it; and the organizer's list of them.
import {
  Acceptance,
  CreatedInvitation,
  Invitation,
  InvitationPreview,
  type InvitedRole,
  type User,
} from '@plenary/api';
import * as z from 'zod/mini';
import { apiCall, apiRequest } from '../api/apiRequest';

export type { Invitation, InvitationPreview, InvitedRole } from '@plenary/api';

const debatePath = (debateId: string) => `/debates/${encodeURIComponent(debateId)}/invitations`;

export const invitationAdminApi = {
  async list(debateId: string, signal?: AbortSignal): Promise<Invitation[]> {
    const List = z.object({ invitations: z.array(Invitation) });
    return (await apiCall(List, debatePath(debateId), { signal })).invitations;
  },

  /** Creates an invitation; the returned link is shown once and never again. */
  create(
    debateId: string,
    input: { email: string; role: InvitedRole; delegationId?: string },
  ): Promise<{ invitation: Invitation; url: string }> {
    return apiCall(CreatedInvitation, debatePath(debateId), { method: 'POST', body: input });
  },

  async revoke(invitationId: string): Promise<void> {
    await apiRequest(`/invitations/${encodeURIComponent(invitationId)}`, { method: 'DELETE' });
  },
};

const path = (token: string) => `/invitations/by-token/${encodeURIComponent(token)}`;

export const invitationsApi = {
  async preview(token: string, signal?: AbortSignal): Promise<InvitationPreview> {
    const One = z.object({ invitation: InvitationPreview });
    return (await apiCall(One, path(token), { signal })).invitation;
  },

  /** Accepts; says whether that created the account or an existing one joined. */
  accept(
    token: string,
    body: { displayName?: string; password?: string },
  ): Promise<{ user: User; accountCreated: boolean }> {
    return apiCall(Acceptance, `${path(token)}/accept`, { method: 'POST', body });
  },
};
