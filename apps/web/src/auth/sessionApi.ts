// Accounts and sessions over REST. The session itself is an HttpOnly cookie the
// browser keeps; this module only learns who is signed in.
import { Session, User } from '@plenary/api';
import * as z from 'zod/mini';
import { apiCall, apiRequest } from '../api/apiRequest';

export type SessionUser = User;
export type SessionInfo = z.infer<typeof Session>;

const UserAnswer = z.object({ user: User });

export const sessionApi = {
  current(): Promise<SessionInfo> {
    return apiCall(Session, '/auth/session');
  },

  async setup(input: { email: string; displayName: string; password: string }): Promise<User> {
    return (await apiCall(UserAnswer, '/auth/setup', { method: 'POST', body: input })).user;
  },

  async signIn(input: { email: string; password: string }): Promise<User> {
    return (await apiCall(UserAnswer, '/auth/sign-in', { method: 'POST', body: input })).user;
  },

  /** Changes the password; the server signs out the account's other sessions. */
  async changePassword(input: { currentPassword: string; newPassword: string }): Promise<void> {
    await apiRequest('/auth/password', { method: 'POST', body: input });
  },

  async signOut(): Promise<void> {
    await apiRequest('/auth/sign-out', { method: 'POST' });
  },
};
