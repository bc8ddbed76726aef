import express, { type Express, type RequestHandler } from 'express';
import helmet from 'helmet';
import { readSessionToken } from '../auth/sessionCookie.js';
import { AppError } from '../errors/AppError.js';
import type { Logger } from '../logger.js';
import { errorHandler } from './errorHandler.js';
import { isAllowedOrigin } from './originCheck.js';
import { authenticateRequests } from './requestAuth.js';
import { serveWebApp } from './serveWebApp.js';
import type { SessionService } from '../auth/SessionService.js';
import type { Stores } from '@plenary/storage';
import type { Router } from 'express';

export interface AppDeps {
  publicOrigin: string | undefined;
  webDist: string;
  logger: Logger;
  sessions: SessionService;
  version: string;
  /** Express "trust proxy" entries (TRUST_PROXY); empty: the socket's address is the client's. */
  trustProxy: string[];
  stores: Stores;
  /** API routers mounted under /api, in order. */
  routers: Router[];
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function createApp({
  publicOrigin,
  webDist,
  logger,
  sessions,
  stores,
  version,
  trustProxy,
  routers,
}: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  // X-Forwarded-For is believed only from the proxy the operator named; anyone else could
  // send a new address with every password guess.
  app.set('trust proxy', trustProxy.length > 0 ? trustProxy : false);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          'connect-src': ["'self'", 'ws:', 'wss:'],
          'img-src': ["'self'", 'data:', 'blob:'],
          // Upgrading would break a server reached over plain HTTP on a LAN (the browser
          // would ask https://<address>/assets/… and get nothing): only behind TLS.
          'upgrade-insecure-requests': servedOverTls(publicOrigin) ? [] : null,
        },
      },
      // Browsers ignore (and warn about) COOP on an untrustworthy origin such as
      // http://<LAN address>.
      crossOriginOpenerPolicy: servedOverTls(publicOrigin),
      // Served over plain HTTP on localhost by default; HSTS belongs to the TLS proxy.
      strictTransportSecurity: false,
    }),
  );

  const api = express.Router();
  api.use(sameOriginWrites(publicOrigin));
  api.use(express.json({ limit: '1mb' }));
  api.use(authenticateRequests(sessions, stores));
  api.get('/health', (_req, res) => {
    res.json({ status: 'ok', version, uptimeSeconds: Math.round(process.uptime()) });
  });
  for (const router of routers) api.use(router);
  api.use((req) => {
    throw new AppError('route.not_found', 404, `No API route ${req.method} ${req.originalUrl}.`);
  });
  api.use(errorHandler(logger));
  app.use('/api', api);

  serveWebApp(app, webDist, logger);
  return app;
}

function servedOverTls(publicOrigin: string | undefined): boolean {
  return publicOrigin?.startsWith('https:') ?? false;
}

/**
 * CSRF protection: a state-changing request must come from Plenary's own origin. One that
 * carries the session cookie must also say where it comes from (Origin header).
 */
function sameOriginWrites(publicOrigin: string | undefined): RequestHandler {
  return (req, _res, next) => {
    if (SAFE_METHODS.has(req.method)) return next();
    const cookieWithoutOrigin =
      req.headers.origin === undefined && readSessionToken(req) !== undefined;
    if (!cookieWithoutOrigin && isAllowedOrigin(req, publicOrigin)) return next();
    next(
      new AppError(
        'request.cross_origin',
        403,
        'This request came from another site and was refused.',
      ),
    );
  };
}
