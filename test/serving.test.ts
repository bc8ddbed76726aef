// The built web app is served like a production app: compressed, cached for a year when
// the name is hashed, revalidated otherwise, no public source maps, and a CSP that works
// over plain HTTP on a LAN. Needs `pnpm build` (the test command runs it first).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/testServer.js';

const WEB_DIST = new URL('../apps/web/dist/', import.meta.url).pathname;
const IMMUTABLE = 'public, max-age=31536000, immutable';

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A GET with exactly the headers given (fetch would add and undo Accept-Encoding). */
function get(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

function scriptsOf(html: string): string[] {
  return [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => match[1] ?? '');
}

describe('serving the web app', () => {
  let server: TestServer;
  let script: string;

  beforeAll(async () => {
    expect(existsSync(join(WEB_DIST, 'index.html')), 'run "pnpm build" first').toBe(true);
    server = await startTestServer();
    const page = await get(`${server.url}/`);
    script = scriptsOf(page.body.toString('utf8'))[0] ?? '';
    expect(script).toMatch(/^\/assets\/index-[\w-]+\.js$/);
  });

  afterAll(() => server?.stop({ removeData: true }));

  it('sends index.html for revalidation, with a CSP that does not upgrade plain HTTP', async () => {
    const page = await get(`${server.url}/s/some-statement`);
    expect(page.status).toBe(200);
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    expect(page.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
    expect(page.headers['cross-origin-opener-policy']).toBeUndefined();
  });

  it('sends hashed assets precompressed (brotli, else gzip) and immutable for a year', async () => {
    const original = readFileSync(join(WEB_DIST, script));
    const br = await get(`${server.url}${script}`, { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(br.headers['cache-control']).toBe(IMMUTABLE);
    expect(br.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(brotliDecompressSync(br.body).equals(original)).toBe(true);
    expect(br.body.length).toBeLessThan(original.length / 2);

    const gz = await get(`${server.url}${script}`, { 'Accept-Encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).equals(original)).toBe(true);

    const plain = await get(`${server.url}${script}`, { 'Accept-Encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['cache-control']).toBe(IMMUTABLE);
    expect(plain.body.equals(original)).toBe(true);

    const css = readdirSync(join(WEB_DIST, 'assets')).find((name) => name.endsWith('.css'));
    const style = await get(`${server.url}/assets/${css}`, { 'Accept-Encoding': 'br' });
    expect(style.headers['content-type']).toMatch(/^text\/css/);
    expect(style.headers['content-encoding']).toBe('br');
  });

  it('serves the service worker and the manifest for revalidation, not for a year', async () => {
    const worker = await get(`${server.url}/sw.js`);
    expect(worker.status).toBe(200);
    expect(worker.headers['content-type']).toMatch(/javascript/);
    expect(worker.headers['cache-control']).toBe('no-cache');
    expect(worker.body.toString('utf8')).toContain(script);
    const manifest = await get(`${server.url}/manifest.webmanifest`);
    expect(manifest.status).toBe(200);
    expect(JSON.parse(manifest.body.toString('utf8'))).toMatchObject({ start_url: '/' });
  });

  it('keeps source maps in the build but never serves or references them', async () => {
    const maps = readdirSync(join(WEB_DIST, 'assets')).filter((name) => name.endsWith('.map'));
    expect(maps.length).toBeGreaterThan(0);
    for (const map of maps.slice(0, 3)) {
      const response = await get(`${server.url}/assets/${map}`, { 'Accept-Encoding': 'br' });
      expect(response.status).toBe(404);
    }
    const code = readFileSync(join(WEB_DIST, script), 'utf8');
    expect(code).not.toContain('sourceMappingURL');
  });

  it('answers 404, not the app page, for an asset that does not exist or escapes assets/', async () => {
    for (const path of ['/assets/index-gone.js', '/assets/%2e%2e%2findex.html', '/assets/a/b.js']) {
      const response = await get(`${server.url}${path}`, { 'Accept-Encoding': 'br' });
      expect(response.status, path).toBe(404);
      expect(response.body.toString('utf8'), path).not.toContain('<div id="root">');
    }
  });

  it('asks browsers to upgrade to HTTPS only when PUBLIC_ORIGIN is https', async () => {
    const behindTls = await startTestServer({
      env: { PUBLIC_ORIGIN: 'https://plenary.example.org' },
    });
    try {
      const page = await get(`${behindTls.url}/`);
      expect(page.headers['content-security-policy']).toContain('upgrade-insecure-requests');
      expect(page.headers['cross-origin-opener-policy']).toBe('same-origin');
    } finally {
      await behindTls.stop({ removeData: true });
    }
  });
});
