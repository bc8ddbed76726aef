// Every password check goes through here, so every door (sign-in, invitation acceptance,
// password change) shares one limiter and one notion of "a browser that signed in before".
import { randomBytes } from 'node:crypto';
import type { Request } from 'express';
import type { Stores, UserRecord } from '@plenary/storage';
import type { AccountService } from '../accounts/AccountService.js';
import { AppError } from '../errors/AppError.js';
import type { LoginThrottle } from './LoginThrottle.js';
import { DEVICE_COOKIE, deviceCookie, readTokenCookie } from './sessionCookie.js';
import { hashToken, type AuthenticatedSession, type SessionService } from './SessionService.js';

export interface ClientInfo {
  /** The client's address: the socket's, or the one a trusted proxy (TRUST_PROXY) reports. */
  address: string;
  deviceToken: string | undefined;
}

export const clientOf = (req: Request): ClientInfo => ({
  address: req.ip ?? req.socket.remoteAddress ?? 'unknown',
  deviceToken: readTokenCookie(req, DEVICE_COOKIE),
});

export class CredentialCheck {
  constructor(
    private readonly stores: Stores,
    private readonly accounts: AccountService,
    private readonly sessions: SessionService,
    private readonly throttle: LoginThrottle,
    private readonly secureCookies: boolean,
  ) {}

  /** The account, or `auth.invalid_credentials` (401) / `auth.rate_limited` (429). */
  async verify(
    email: string,
    password: string,
    client: ClientInfo,
    wrong = 'The email or password is not correct.',
  ): Promise<UserRecord> {
    const device = client.deviceToken && hashToken(client.deviceToken);
    const known = device ? await this.stores.devices.isKnown(device, email) : false;
    const attempt = await this.throttle.begin(email, {
      address: client.address,
      ...(known && device ? { knownDevice: device } : {}),
    });
    const user = await this.accounts.verify(email, password);
    if (!user) {
      await attempt.failed();
      throw new AppError('auth.invalid_credentials', 401, wrong);
    }
    await attempt.succeeded();
    return user;
  }

  /**
   * Changes the password after checking the current one: every other session ends and only
   * this browser stays known. Returns the device cookie to set.
   */
  async changePassword(
    session: AuthenticatedSession,
    passwords: { currentPassword: string; newPassword: string },
    client: ClientInfo,
  ): Promise<string> {
    const { user, sessionId } = session;
    const wrong = 'The current password is not correct.';
    await this.verify(user.email, passwords.currentPassword, client, wrong);
    const ended = await this.accounts.changePassword(user, passwords.newPassword, sessionId);
    await this.sessions.ended(ended);
    return this.rememberDevice(user.id, client);
  }

  /**
   * Remembers this browser for the user (it proved the password) and returns the device
   * cookie to set: the browser's own token, or a new one.
   */
  async rememberDevice(userId: string, client: ClientInfo): Promise<string> {
    const token = client.deviceToken ?? randomBytes(32).toString('base64url');
    await this.stores.devices.remember(hashToken(token), userId);
    return deviceCookie(token, this.secureCookies);
  }
}
