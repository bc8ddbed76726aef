import type { IncomingMessage } from 'node:http';

export const SESSION_COOKIE = 'plenary_session';
/** Marks a browser that has signed in before; see `LoginThrottle`. */
export const DEVICE_COOKIE = 'plenary_device';

/** Reads a random token (ours are base64url) from a request's Cookie header. */
export function readTokenCookie(req: IncomingMessage, name: string): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const index = part.indexOf('=');
    if (index < 0) continue;
    if (part.slice(0, index).trim() === name) {
      const value = part.slice(index + 1).trim();
      return /^[A-Za-z0-9_-]{20,128}$/.test(value) ? value : undefined;
    }
  }
  return undefined;
}

export const readSessionToken = (req: IncomingMessage): string | undefined =>
  readTokenCookie(req, SESSION_COOKIE);

export function sessionCookie(token: string, maxAgeSeconds: number, secure: boolean): string {
  return [
    `${SESSION_COOKIE}=${token}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Lax',
    `Max-Age=${maxAgeSeconds}`,
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}

export function clearedSessionCookie(secure: boolean): string {
  return sessionCookie('', 0, secure);
}

/** A year-long, API-only cookie; it grants nothing by itself (see `LoginThrottle`). */
export function deviceCookie(token: string, secure: boolean): string {
  return [
    `${DEVICE_COOKIE}=${token}`,
    'Path=/api/',
    'HttpOnly',
    'SameSite=Lax',
    `Max-Age=${365 * 24 * 60 * 60}`,
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}
