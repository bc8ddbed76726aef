import { Router, type Request, type Response } from 'express';
import type { AccountService } from '../accounts/AccountService.js';
import { ChangePasswordBody, SetupBody, SignInBody } from '@plenary/api/requests';
import { validate } from '../errors/validate.js';
import { unauthenticated } from './authorize.js';
import { clientOf, type CredentialCheck } from './CredentialCheck.js';
import { clearedSessionCookie, sessionCookie } from './sessionCookie.js';
import type { SessionService } from './SessionService.js';

export interface AuthRouterDeps {
  accounts: AccountService;
  sessions: SessionService;
  credentials: CredentialCheck;
  secureCookies: boolean;
}

export function authRouter({
  accounts,
  sessions,
  credentials,
  secureCookies,
}: AuthRouterDeps): Router {
  const router = Router();

  /** A new session, and the browser remembered as one this account signed in on. */
  const startSession = async (
    req: Request,
    res: Response,
    userId: string,
    signedIn = false,
  ): Promise<void> => {
    const { token } = await sessions.create(userId, signedIn);
    res.setHeader('Set-Cookie', [
      await credentials.rememberDevice(userId, clientOf(req)),
      sessionCookie(token, Math.floor(sessions.lifetimeMs / 1000), secureCookies),
    ]);
  };

  router.get('/auth/session', async (_req, res) => {
    res.json({ user: res.locals.session?.user ?? null, needsSetup: await accounts.needsSetup() });
  });

  router.post('/auth/setup', async (req, res) => {
    const input = validate(SetupBody, req.body, 'setup form');
    const user = await accounts.setup(input);
    await startSession(req, res, user.id);
    res.status(201).json({ user });
  });

  router.post('/auth/sign-in', async (req, res) => {
    const { email, password } = validate(SignInBody, req.body, 'sign-in form');
    const user = await credentials.verify(email, password, clientOf(req));
    await startSession(req, res, user.id, true);
    res.json({ user });
  });

  router.post('/auth/password', async (req, res) => {
    const session = res.locals.session;
    if (!session) throw unauthenticated();
    const passwords = validate(ChangePasswordBody, req.body, 'password form');
    res.setHeader(
      'Set-Cookie',
      await credentials.changePassword(session, passwords, clientOf(req)),
    );
    res.status(204).end();
  });

  router.post('/auth/sign-out', async (_req, res) => {
    const session = res.locals.session;
    if (session) await sessions.end(session.sessionId);
    res.setHeader('Set-Cookie', clearedSessionCookie(secureCookies));
    res.status(204).end();
  });

  return router;
}
