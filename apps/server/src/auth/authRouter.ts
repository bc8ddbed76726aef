import { Router, type Response } from 'express';
import type { Stores } from '@plenary/storage';
import type { AccountService } from '../accounts/AccountService.js';
import { SetupBody, SignInBody } from '../accounts/accountSchemas.js';
import { AppError } from '../errors/AppError.js';
import { validate } from '../errors/validate.js';
import type { ClusterEvents } from '../cluster/ClusterEvents.js';
import { RateLimiter } from './RateLimiter.js';
import { clearedSessionCookie, sessionCookie } from './sessionCookie.js';
import type { SessionService } from './SessionService.js';

export interface AuthRouterDeps {
  accounts: AccountService;
  sessions: SessionService;
  stores: Stores;
  cluster: ClusterEvents;
  secureCookies: boolean;
  rateLimit: number;
}

export function authRouter({
  accounts,
  sessions,
  stores,
  cluster,
  secureCookies,
  rateLimit,
}: AuthRouterDeps): Router {
  const router = Router();
  const byIp = new RateLimiter(rateLimit, 15 * 60 * 1000);
  const byEmail = new RateLimiter(Math.min(rateLimit, 8), 15 * 60 * 1000);

  const startSession = async (res: Response, userId: string): Promise<void> => {
    const { token } = await sessions.create(userId);
    res.setHeader(
      'Set-Cookie',
      sessionCookie(token, Math.floor(sessions.lifetimeMs / 1000), secureCookies),
    );
  };

  router.get('/auth/session', async (_req, res) => {
    res.json({ user: res.locals.session?.user ?? null, needsSetup: await accounts.needsSetup() });
  });

  router.post('/auth/setup', async (req, res) => {
    const input = validate(SetupBody, req.body, 'setup form');
    const user = await accounts.setup(input);
    await startSession(res, user.id);
    res.status(201).json({ user });
  });

  router.post('/auth/sign-in', async (req, res) => {
    const { email, password } = validate(SignInBody, req.body, 'sign-in form');
    const wait = Math.max(byIp.hit(req.ip ?? 'unknown'), byEmail.hit(email));
    if (wait > 0) {
      res.setHeader('Retry-After', String(wait));
      throw new AppError(
        'auth.rate_limited',
        429,
        `Too many sign-in attempts. Try again in ${Math.ceil(wait / 60)} minutes.`,
      );
    }
    const user = await accounts.verify(email, password);
    if (!user)
      throw new AppError('auth.invalid_credentials', 401, 'The email or password is not correct.');
    byEmail.reset(email);
    await startSession(res, user.id);
    await stores.audit.record({
      actorId: user.id,
      action: 'user.signed_in',
      subjectType: 'user',
      subjectId: user.id,
    });
    res.json({ user });
  });

  router.post('/auth/sign-out', async (_req, res) => {
    const session = res.locals.session;
    if (session) {
      await sessions.end(session.sessionId);
      await cluster.emit({ type: 'session-ended', sessionId: session.sessionId });
    }
    res.setHeader('Set-Cookie', clearedSessionCookie(secureCookies));
    res.status(204).end();
  });

  return router;
}
