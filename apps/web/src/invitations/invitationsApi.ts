// Invitation links: what a link offers, and accepting it.
import { ApiError } from '../api/ApiError';
import { apiRequest, isRecord } from '../api/apiRequest';
import { parseUser, type SessionUser } from '../auth/sessionApi';

export interface InvitationPreview {
  email: string;
  role: string;
  debateTheme: string;
  delegationName: string | null;
  expiresAt: string;
}

function parsePreview(value: unknown): InvitationPreview {
  if (
    isRecord(value) &&
    typeof value.email === 'string' &&
    typeof value.role === 'string' &&
    typeof value.debateTheme === 'string' &&
    typeof value.expiresAt === 'string'
  ) {
    return {
      email: value.email,
      role: value.role,
      debateTheme: value.debateTheme,
      delegationName: typeof value.delegationName === 'string' ? value.delegationName : null,
      expiresAt: value.expiresAt,
    };
  }
  throw new ApiError('response.invalid', 'The invitation could not be read.', 200);
}

export type InvitedRole = 'drafter' | 'reviewer' | 'viewer' | 'organizer';

/** An invitation as its debate's organizers see it. */
export interface Invitation {
  id: string;
  email: string;
  role: string;
  delegationId: string | null;
  expiresAt: string;
  acceptedAt: string | null;
  revokedAt: string | null;
}

function parseInvitation(value: unknown): Invitation {
  if (!isRecord(value) || typeof value.id !== 'string' || typeof value.email !== 'string') {
    throw new ApiError('response.invalid', 'An invitation could not be read.', 200);
  }
  const text = (field: unknown) => (typeof field === 'string' ? field : null);
  return {
    id: value.id,
    email: value.email,
    role: String(value.role),
    delegationId: text(value.delegationId),
    expiresAt: String(value.expiresAt),
    acceptedAt: text(value.acceptedAt),
    revokedAt: text(value.revokedAt),
  };
}

const debatePath = (debateId: string) => `/debates/${encodeURIComponent(debateId)}/invitations`;

export const invitationAdminApi = {
  async list(debateId: string, signal?: AbortSignal): Promise<Invitation[]> {
    const payload = await apiRequest(debatePath(debateId), { signal });
    const list = isRecord(payload) ? payload.invitations : undefined;
    if (!Array.isArray(list))
      throw new ApiError('response.invalid', 'The invitations could not be read.', 200);
    return list.map(parseInvitation);
  },

  /** Creates an invitation; the returned link is shown once and never again. */
  async create(
    debateId: string,
    input: { email: string; role: InvitedRole; delegationId?: string },
  ): Promise<{ invitation: Invitation; url: string }> {
    const payload = await apiRequest(debatePath(debateId), { method: 'POST', body: input });
    if (!isRecord(payload) || typeof payload.url !== 'string') {
      throw new ApiError('response.invalid', 'The invitation link could not be read.', 200);
    }
    return { invitation: parseInvitation(payload.invitation), url: payload.url };
  },

  async revoke(invitationId: string): Promise<void> {
    await apiRequest(`/invitations/${encodeURIComponent(invitationId)}`, { method: 'DELETE' });
  },
};

const path = (token: string) => `/invitations/by-token/${encodeURIComponent(token)}`;

export const invitationsApi = {
  async preview(token: string, signal?: AbortSignal): Promise<InvitationPreview> {
    const payload = await apiRequest(path(token), { signal });
    return parsePreview(isRecord(payload) ? payload.invitation : undefined);
  },

  /** Accepts; says whether that created the account or an existing one joined. */
  async accept(
    token: string,
    body: { displayName?: string; password?: string },
  ): Promise<{ user: SessionUser; accountCreated: boolean }> {
    const payload = await apiRequest(`${path(token)}/accept`, { method: 'POST', body });
    const record = isRecord(payload) ? payload : {};
    return { user: parseUser(record.user), accountCreated: record.accountCreated === true };
  },
};
