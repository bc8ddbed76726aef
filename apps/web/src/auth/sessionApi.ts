// Accounts and sessions over REST. The session itself is an HttpOnly cookie the
// browser keeps; this module only learns who is signed in.
import { ApiError } from '../api/ApiError';
import { apiRequest, isRecord } from '../api/apiRequest';

export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  isAdmin: boolean;
}

export interface SessionInfo {
  user: SessionUser | null;
  /** No account exists yet: the first visitor sets Plenary up. */
  needsSetup: boolean;
}

/** Parses a user as sent by the auth and invitation routes. */
export function parseUser(value: unknown): SessionUser {
  if (
    isRecord(value) &&
    typeof value.id === 'string' &&
    typeof value.email === 'string' &&
    typeof value.displayName === 'string'
  ) {
    return {
      id: value.id,
      email: value.email,
      displayName: value.displayName,
      isAdmin: value.isAdmin === true,
    };
  }
  throw new ApiError('response.invalid', 'The server sent an account this page cannot read.', 200);
}

const userOf = (payload: unknown): SessionUser =>
  parseUser(isRecord(payload) ? payload.user : undefined);

export const sessionApi = {
  async current(): Promise<SessionInfo> {
    const payload = await apiRequest('/auth/session');
    if (!isRecord(payload))
      throw new ApiError('response.invalid', 'The session could not be read.', 200);
    return {
      user: payload.user === null || payload.user === undefined ? null : parseUser(payload.user),
      needsSetup: payload.needsSetup === true,
    };
  },

  async setup(input: {
    email: string;
    displayName: string;
    password: string;
  }): Promise<SessionUser> {
    return userOf(await apiRequest('/auth/setup', { method: 'POST', body: input }));
  },

  async signIn(input: { email: string; password: string }): Promise<SessionUser> {
    return userOf(await apiRequest('/auth/sign-in', { method: 'POST', body: input }));
  },

  /** Changes the password; the server signs out the account's other sessions. */
  async changePassword(input: { currentPassword: string; newPassword: string }): Promise<void> {
    await apiRequest('/auth/password', { method: 'POST', body: input });
  },

  async signOut(): Promise<void> {
    await apiRequest('/auth/sign-out', { method: 'POST' });
  },
};
