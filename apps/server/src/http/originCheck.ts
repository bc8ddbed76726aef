import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';

/**
 * Whether a browser request comes from Plenary's own origin: scheme, host and port must all
 * match (`https://host:port` is not `http://host:port`). Requests without an Origin header come
 * from non-browser clients, which carry no ambient cookies to abuse. Without PUBLIC_ORIGIN the
 * request's own scheme and Host are the reference, so a TLS proxy needs PUBLIC_ORIGIN set.
 */
export function isAllowedOrigin(req: IncomingMessage, publicOrigin: string | undefined): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  const expected = publicOrigin ?? ownOrigin(req);
  if (expected === undefined) return false;
  try {
    return new URL(origin).origin === expected;
  } catch {
    return false;
  }
}

function ownOrigin(req: IncomingMessage): string | undefined {
  const host = req.headers.host;
  if (!host) return undefined;
  const scheme = (req.socket as Partial<TLSSocket>).encrypted ? 'https:' : 'http:';
  try {
    return new URL(`${scheme}//${host}`).origin;
  } catch {
    return undefined;
  }
}
