import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Express, type RequestHandler } from 'express';
import helmet from 'helmet';
import { readSessionToken } from '../auth/sessionCookie.js';
import { AppError } from '../errors/AppError.js';
import type { Logger } from '../logger.js';
import { errorHandler } from './errorHandler.js';
import { isAllowedOrigin } from './originCheck.js';
import { authenticateRequests } from './requestAuth.js';
import type { SessionService } from '../auth/SessionService.js';
import type { Router } from 'express';

export interface AppDeps {
  publicOrigin: string | undefined;
  webDist: string;
  logger: Logger;
  sessions: SessionService;
  version: string;
  /** API routers mounted under /api, in order. */
  routers: Router[];
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function createApp({
  publicOrigin,
  webDist,
  logger,
  sessions,
  version,
  routers,
}: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
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
  api.use(authenticateRequests(sessions));
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

function serveWebApp(app: Express, webDist: string, logger: Logger): void {
  const index = join(webDist, 'index.html');
  if (!existsSync(index)) {
    logger.warn({ webDist }, 'web app is not built; run "pnpm build" to serve it');
  }
  app.use(express.static(webDist, { index: false, maxAge: '1h' }));
  // Client-side routes (e.g. /s/abc) get the single-page app.
  app.get(/^\/(?!api\/|socket\.io\/|collab\/).*/, (_req, res) => {
    if (!existsSync(index)) {
      res
        .status(503)
        .type('text/plain')
        .send('The Plenary web app is not built yet. Run "pnpm build", then reload.');
      return;
    }
    res.sendFile(index, { headers: { 'Cache-Control': 'no-cache' } });
  });
}
