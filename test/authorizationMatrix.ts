// The expected outcome of every REST route and socket.io event for every role.
// Adding a route or event without an entry here fails the authorization test.
import type { AuthWorld, RoleName } from './support/authWorld.js';
import { commentRoutes } from './support/matrix/commentRoutes.js';
import { debateRoutes } from './support/matrix/debateRoutes.js';
import { libraryRoutes } from './support/matrix/libraryRoutes.js';
import {
  IN_DEBATE,
  IN_DELEGATION_A,
  MANAGERS,
  SIGNED_IN,
  type MatrixEntry,
} from './support/matrix/MatrixEntry.js';
import { statementRoutes } from './support/matrix/statementRoutes.js';
import { safeguardRoutes } from './support/matrix/safeguardRoutes.js';

export const restMatrix: Record<string, MatrixEntry> = {
  ...debateRoutes,
  ...statementRoutes,
  ...libraryRoutes,
  ...commentRoutes,
  ...safeguardRoutes,
};

/** Routes anyone may call; they authenticate by other means (password, invitation token). */
export const PUBLIC_ROUTES = [
  'GET /api/auth/session',
  'POST /api/auth/setup',
  'POST /api/auth/sign-in',
  'POST /api/auth/sign-out',
  'GET /api/invitations/by-token/:token',
  'POST /api/invitations/by-token/:token/accept',
];

export const socketMatrix: Record<
  string,
  { allowed: readonly RoleName[]; payload(world: AuthWorld): unknown }
> = {
  'statement:join': {
    allowed: [...IN_DELEGATION_A, ...MANAGERS],
    payload: (w) => ({ statementId: w.statement.id }),
  },
  'statement:leave': { allowed: SIGNED_IN, payload: (w) => ({ statementId: w.statement.id }) },
  'debate:join': { allowed: IN_DEBATE, payload: (w) => ({ debateId: w.debate.id }) },
  'debate:leave': { allowed: SIGNED_IN, payload: (w) => ({ debateId: w.debate.id }) },
};

/** Who may open a draft statement's text over the collab endpoint, and who may change it. */
export const collabMatrix = {
  read: IN_DELEGATION_A,
  write: ['drafter'] as RoleName[],
};
