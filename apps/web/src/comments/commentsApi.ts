// Typed calls for comment threads, their comments and the people who may be mentioned.
import type { EncodedAnchor } from '@plenary/statement-model';
import { ApiError } from '../api/ApiError';
import { apiRequest, isRecord } from '../api/apiRequest';
import type { DelegationRole } from '../debates/debatesApi';
import { parseThread, threadOf, type Thread } from './parseThread';

/** Someone in the statement's delegations, who can be `@mentioned`. */
export interface Member {
  userId: string;
  displayName: string;
  role: DelegationRole;
}

export interface CommentInput {
  body: string;
  mentions: string[];
}

const statementPath = (id: string) => `/statements/${encodeURIComponent(id)}`;
const threadPath = (id: string) => `/threads/${encodeURIComponent(id)}`;
const commentPath = (id: string) => `/comments/${encodeURIComponent(id)}`;

function parseMember(value: unknown): Member | null {
  if (!isRecord(value) || typeof value.userId !== 'string') return null;
  if (typeof value.displayName !== 'string') return null;
  const role = value.role === 'drafter' || value.role === 'reviewer' ? value.role : 'viewer';
  return { userId: value.userId, displayName: value.displayName, role };
}

export const commentsApi = {
  async threads(statementId: string, signal?: AbortSignal): Promise<Thread[]> {
    const payload = await apiRequest(`${statementPath(statementId)}/threads`, { signal });
    const list = isRecord(payload) ? payload.threads : undefined;
    if (!Array.isArray(list))
      throw new ApiError('response.invalid', 'The comments could not be read.', 200);
    return list.map(parseThread);
  },

  async members(statementId: string, signal?: AbortSignal): Promise<Member[]> {
    const payload = await apiRequest(`${statementPath(statementId)}/members`, { signal });
    const list = isRecord(payload) && Array.isArray(payload.members) ? payload.members : [];
    return list.map(parseMember).filter((member): member is Member => member !== null);
  },

  async start(statementId: string, anchor: EncodedAnchor, input: CommentInput): Promise<Thread> {
    const body = { anchor, ...input };
    return threadOf(
      await apiRequest(`${statementPath(statementId)}/threads`, { method: 'POST', body }),
    );
  },

  async reply(threadId: string, input: CommentInput): Promise<Thread> {
    return threadOf(
      await apiRequest(`${threadPath(threadId)}/comments`, { method: 'POST', body: input }),
    );
  },

  async edit(commentId: string, input: CommentInput): Promise<Thread> {
    return threadOf(await apiRequest(commentPath(commentId), { method: 'PATCH', body: input }));
  },

  async remove(commentId: string): Promise<Thread> {
    return threadOf(await apiRequest(commentPath(commentId), { method: 'DELETE' }));
  },

  async setStatus(threadId: string, status: Thread['status']): Promise<Thread> {
    const action = status === 'resolved' ? 'resolve' : 'reopen';
    return threadOf(await apiRequest(`${threadPath(threadId)}/${action}`, { method: 'POST' }));
  },
};
