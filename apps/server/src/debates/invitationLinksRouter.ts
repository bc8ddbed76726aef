import { Router } from 'express';
import { clientOf, type CredentialCheck } from '../auth/CredentialCheck.js';
import { sessionCookie } from '../auth/sessionCookie.js';
import type { SessionService } from '../auth/SessionService.js';
import { validate } from '../errors/validate.js';
import { AcceptInvitationBody, InvitationToken } from '@plenary/api/requests';
import type { InvitationService } from './InvitationService.js';

/**
 * Public routes for an invitation link: preview it and accept it. A password given to accept
 * goes through the same limiter as sign-in (`CredentialCheck`).
 */
export function invitationLinksRouter(
  invitations: InvitationService,
  sessions: SessionService,
  credentials: CredentialCheck,
  secureCookies: boolean,
): Router {
  const router = Router();

  router.get('/invitations/by-token/:token', async (req, res) => {
    res.json({
      invitation: await invitations.preview(
        validate(InvitationToken, req.params.token, 'invitation link'),
        res.locals.session?.user.id,
      ),
    });
  });

  router.post('/invitations/by-token/:token/accept', async (req, res) => {
    const token = validate(InvitationToken, req.params.token, 'invitation link');
    const body = validate(AcceptInvitationBody, req.body ?? {}, 'acceptance form');
    const signedIn = res.locals.session?.user;
    const client = clientOf(req);
    const { user, accountCreated } = await invitations.accept(token, signedIn, body, client);
    if (!signedIn) {
      const session = await sessions.create(user.id);
      res.setHeader('Set-Cookie', [
        await credentials.rememberDevice(user.id, client),
        sessionCookie(session.token, Math.floor(sessions.lifetimeMs / 1000), secureCookies),
      ]);
    }
    res.json({ user, accountCreated });
  });

  return router;
}
