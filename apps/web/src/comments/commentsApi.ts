// Typed calls for comment threads, their comments and the people who may be mentioned.
import { Mentionable, ThreadAnswer, Thread } from '@plenary/api';
import type { EncodedAnchor } from '@plenary/statement-model';
import * as z from 'zod/mini';
import { apiCall } from '../api/apiRequest';

/** Someone in the statement's delegations, who can be `@mentioned`. */
export type Member = Mentionable;

export interface CommentInput {
  body: string;
  mentions: string[];
}

const statementPath = (id: string) => `/statements/${encodeURIComponent(id)}`;
const threadPath = (id: string) => `/threads/${encodeURIComponent(id)}`;
const commentPath = (id: string) => `/comments/${encodeURIComponent(id)}`;

/** Every thread command answers `{ thread }`: the thread as it now stands. */
const command = async (path: string, method: 'POST' | 'PATCH' | 'DELETE', body?: unknown) =>
  (await apiCall(ThreadAnswer, path, { method, body })).thread;

export const commentsApi = {
  async threads(statementId: string, signal?: AbortSignal): Promise<Thread[]> {
    const List = z.object({ threads: z.array(Thread) });
    return (await apiCall(List, `${statementPath(statementId)}/threads`, { signal })).threads;
  },

  async members(statementId: string, signal?: AbortSignal): Promise<Member[]> {
    const List = z.object({ members: z.array(Mentionable) });
    return (await apiCall(List, `${statementPath(statementId)}/members`, { signal })).members;
  },

  start(statementId: string, anchor: EncodedAnchor, input: CommentInput): Promise<Thread> {
    return command(`${statementPath(statementId)}/threads`, 'POST', { anchor, ...input });
  },

  reply(threadId: string, input: CommentInput): Promise<Thread> {
    return command(`${threadPath(threadId)}/comments`, 'POST', input);
  },

  edit(commentId: string, input: CommentInput): Promise<Thread> {
    return command(commentPath(commentId), 'PATCH', input);
  },

  remove(commentId: string): Promise<Thread> {
    return command(commentPath(commentId), 'DELETE');
  },

  setStatus(threadId: string, status: Thread['status']): Promise<Thread> {
    return command(
      `${threadPath(threadId)}/${status === 'resolved' ? 'resolve' : 'reopen'}`,
      'POST',
    );
  },
};
