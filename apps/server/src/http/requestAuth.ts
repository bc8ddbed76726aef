import type { RequestHandler, Response } from 'express';
import type { Stores } from '@plenary/storage';
import { loadActor, type Actor } from '../auth/Actor.js';
import { unauthenticated } from '../auth/authorize.js';
import { readSessionToken } from '../auth/sessionCookie.js';
import type { AuthenticatedSession, SessionService } from '../auth/SessionService.js';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Locals {
      session?: AuthenticatedSession;
      actor?: Actor;
    }
  }
}

/**
 * Resolves the session cookie (if any) once per request, and puts the signed-in actor, with
 * their memberships, on the request for the handlers (`actorOf`).
 */
export function authenticateRequests(sessions: SessionService, stores: Stores): RequestHandler {
  return async (req, res, next) => {
    const session = await sessions.authenticate(readSessionToken(req));
    res.locals.session = session;
    if (session) res.locals.actor = await loadActor(stores, session.user, session.sessionId);
    next();
  };
}

/** The signed-in actor of the request, or a 401. */
export function actorOf(res: Response): Actor {
  if (!res.locals.actor) throw unauthenticated();
  return res.locals.actor;
}
