import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Express, type RequestHandler } from 'express';
import type { Config } from '../config.js';
import { AppError } from '../errors/AppError.js';
import type { Logger } from '../logger.js';
import type { StatementService } from '../statements/StatementService.js';
import { statementsRouter } from '../statements/statementsRouter.js';
import { errorHandler } from './errorHandler.js';
import { isAllowedOrigin } from './originCheck.js';

export interface AppDeps {
  config: Config;
  logger: Logger;
  statements: StatementService;
  version: string;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function createApp({ config, logger, statements, version }: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');

  const api = express.Router();
  api.use(sameOriginWrites(config.publicOrigin));
  api.use(express.json({ limit: '1mb' }));
  api.get('/health', (_req, res) => {
    res.json({ status: 'ok', version, uptimeSeconds: Math.round(process.uptime()) });
  });
  api.use('/statements', statementsRouter(statements));
  api.use((req) => {
    throw new AppError('route.not_found', 404, `No API route ${req.method} ${req.originalUrl}.`);
  });
  api.use(errorHandler(logger));
  app.use('/api', api);

  serveWebApp(app, config.webDist, logger);
  return app;
}

function sameOriginWrites(publicOrigin: string | undefined): RequestHandler {
  return (req, _res, next) => {
    if (SAFE_METHODS.has(req.method) || isAllowedOrigin(req, publicOrigin)) return next();
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
