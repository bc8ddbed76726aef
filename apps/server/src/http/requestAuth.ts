import type { Request, RequestHandler, Response } from 'express';
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

/** Resolves the session cookie (if any) once per request. */
export function authenticateRequests(sessions: SessionService): RequestHandler {
  return async (req, res, next) => {
    res.locals.session = await sessions.authenticate(readSessionToken(req));
    next();
  };
}

/** The signed-in actor with memberships loaded, or a 401. */
export async function requireActor(stores: Stores, _req: Request, res: Response): Promise<Actor> {
  const session = res.locals.session;
  if (!session) throw unauthenticated();
  res.locals.actor ??= await loadActor(stores, session.user, session.sessionId);
  return res.locals.actor;
}
