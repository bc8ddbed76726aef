// Reads the statement id from a collab upgrade's request target without ever throwing:
// the target is whatever a stranger typed, before any sign-in.

/** Longest request target worth parsing; statement ids are short. */
const MAX_TARGET_LENGTH = 2_048;
const COLLAB_PATH = /^\/collab\/([^/?#]+)$/;

export type UpgradeTarget =
  | { kind: 'collab'; statementId: string }
  | { kind: 'socket.io' }
  | { kind: 'not-found' }
  | { kind: 'bad-request' };

export function parseUpgradeTarget(url: string | undefined): UpgradeTarget {
  if (!url || url.length > MAX_TARGET_LENGTH || !url.startsWith('/') || url.startsWith('//'))
    return { kind: 'bad-request' };
  let path: string;
  try {
    path = new URL(url, 'http://plenary').pathname;
  } catch {
    return { kind: 'bad-request' };
  }
  if (path.startsWith('/socket.io/')) return { kind: 'socket.io' };
  const match = COLLAB_PATH.exec(path);
  if (!match) return { kind: 'not-found' };
  try {
    return { kind: 'collab', statementId: decodeURIComponent(match[1] ?? '') };
  } catch {
    return { kind: 'bad-request' };
  }
}

/** socket.io's engine accepts any path under /socket.io/; only the exact one is ours. */
export function isSocketIoPath(url: string | undefined): boolean {
  if (!url || url.length > MAX_TARGET_LENGTH || !url.startsWith('/socket.io/')) return false;
  try {
    return new URL(url, 'http://plenary').pathname === '/socket.io/';
  } catch {
    return false;
  }
}
