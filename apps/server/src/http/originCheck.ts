import type { IncomingMessage } from 'node:http';

/**
 * Whether a browser request comes from Plenary's own origin. Requests without an Origin
 * header come from non-browser clients, which carry no ambient cookies to abuse.
 */
export function isAllowedOrigin(req: IncomingMessage, publicOrigin: string | undefined): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  if (publicOrigin !== undefined) return origin === publicOrigin;
  const host = req.headers.host;
  if (!host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
