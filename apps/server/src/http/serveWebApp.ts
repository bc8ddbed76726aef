// The built web app: hashed assets compressed and cached for a year, everything else
// revalidated, source maps kept on disk but never served, client routes → index.html.
import { existsSync } from 'node:fs';
import { extname, join } from 'node:path';
import express, { type Express, type RequestHandler } from 'express';
import type { Logger } from '../logger.js';

/** Vite names every file under assets/ after its content hash: it never changes. */
const IMMUTABLE = { maxAge: '365d', immutable: true } as const;
/** Only plain file names: no sub-directories, no "..". */
const ASSET_NAME = /^\/[\w-]+(?:\.[\w-]+)*$/;
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

export function serveWebApp(app: Express, webDist: string, logger: Logger): void {
  const index = join(webDist, 'index.html');
  if (!existsSync(index)) {
    logger.warn({ webDist }, 'web app is not built; run "pnpm build" to serve it');
  }
  app.use(refuseSourceMaps);
  app.use('/assets', precompressedAssets(join(webDist, 'assets')));
  app.use('/assets', express.static(join(webDist, 'assets'), { index: false, ...IMMUTABLE }));
  // A missing hashed asset (an old tab after a deploy) must not get the HTML page.
  app.use('/assets', (_req, res) => {
    res.status(404).type('text/plain').send('No such asset; reload the page.');
  });
  app.use(express.static(webDist, { index: false, cacheControl: false, setHeaders: noCache }));
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

/** Maps are for reading error reports on the server, not for anyone who asks. */
const refuseSourceMaps: RequestHandler = (req, res, next) => {
  if (!req.path.endsWith('.map')) return next();
  res.status(404).type('text/plain').send('Not found.');
};

function noCache(res: express.Response): void {
  res.setHeader('Cache-Control', 'no-cache');
}

/** Sends the build's .br or .gz copy of an asset when the browser accepts it. */
function precompressedAssets(dir: string): RequestHandler {
  return (req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !ASSET_NAME.test(req.path)) {
      return next();
    }
    res.vary('Accept-Encoding');
    // Brotli whenever accepted: browsers list "gzip, deflate, br" without preferring one.
    const encoding = ENCODINGS.find(({ name }) => req.acceptsEncodings(name) === name);
    const file = join(dir, req.path);
    if (!encoding || !existsSync(file + encoding.suffix)) return next();
    res.type(extname(file));
    res.setHeader('Content-Encoding', encoding.name);
    res.sendFile(file + encoding.suffix, IMMUTABLE, (err) => {
      if (err && !res.headersSent) next(err);
    });
  };
}
