import type { Request } from 'express';

/**
 * Absolute links that Plenary hands out (invitation links). With PUBLIC_ORIGIN they use
 * it; without, the address the person asking used — on a mission's LAN that is
 * http://<server name>:3000, which colleagues can open, unlike the listening address
 * (0.0.0.0 → localhost). The Host header is the requester's own, so it can only mislead
 * the requester.
 */
export function publicUrlFor(publicOrigin: string | undefined, fallbackOrigin: () => string) {
  return (path: string, req?: Request): string => {
    if (publicOrigin) return `${publicOrigin}${path}`;
    const host = req?.get('host');
    return host ? `${req?.protocol ?? 'http'}://${host}${path}` : `${fallbackOrigin()}${path}`;
  };
}

export type PublicUrl = ReturnType<typeof publicUrlFor>;
