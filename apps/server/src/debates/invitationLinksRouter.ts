import { Router } from 'express';
import { z } from 'zod';
import { RateLimiter } from '../auth/RateLimiter.js';
import { sessionCookie } from '../auth/sessionCookie.js';
import type { SessionService } from '../auth/SessionService.js';
import { AppError } from '../errors/AppError.js';
import { validate } from '../errors/validate.js';
import { AcceptInvitationBody } from './debateSchemas.js';
import type { InvitationService } from './InvitationService.js';

const Token = z.string().regex(/^[A-Za-z0-9_-]{20,128}$/, 'must be an invitation token');

/** Public routes for an invitation link: preview it and accept it (rate limited). */
export function invitationLinksRouter(
  invitations: InvitationService,
  sessions: SessionService,
  secureCookies: boolean,
  rateLimit: number,
): Router {
  const router = Router();
  const limiter = new RateLimiter(rateLimit, 15 * 60 * 1000);

  router.get('/invitations/by-token/:token', async (req, res) => {
    res.json({
      invitation: await invitations.preview(
        validate(Token, req.params.token, 'invitation link'),
        res.locals.session?.user.id,
      ),
    });
  });

  router.post('/invitations/by-token/:token/accept', async (req, res) => {
    const wait = limiter.hit(req.ip ?? 'unknown');
    if (wait > 0) {
      res.setHeader('Retry-After', String(wait));
      throw new AppError(
        'auth.rate_limited',
        429,
        `Too many attempts. Try again in ${Math.ceil(wait / 60)} minutes.`,
      );
    }
    const token = validate(Token, req.params.token, 'invitation link');
    const body = validate(AcceptInvitationBody, req.body ?? {}, 'acceptance form');
    const signedIn = res.locals.session?.user;
    const user = await invitations.accept(token, signedIn, body);
    if (!signedIn) {
      const session = await sessions.create(user.id);
      res.setHeader(
        'Set-Cookie',
        sessionCookie(session.token, Math.floor(sessions.lifetimeMs / 1000), secureCookies),
      );
    }
    res.json({ user });
  });

  return router;
}
