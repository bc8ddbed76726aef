// The expected outcome of every REST route and socket.io event for every role.
// Adding a route or event without an entry here fails the authorization test.
import { routes } from '@plenary/api/contract';
import type { AuthWorld, RoleName } from './support/authWorld.js';
import { TEST_PASSWORD } from './support/factories.js';
import type { ApiClient, ApiResponse } from './support/http.js';
import { submittedWorkspace, type SubmittedWorkspace } from './support/matrix/matrixFixtures.js';
import { commentRoutes } from './support/matrix/commentRoutes.js';
import { debateRoutes } from './support/matrix/debateRoutes.js';
import { libraryRoutes } from './support/matrix/libraryRoutes.js';
import {
  IN_DEBATE,
  IN_DELEGATION_A,
  MANAGERS,
  SIGNED_IN,
  type RouteEntries,
} from './support/matrix/MatrixEntry.js';
import { statementRoutes } from './support/matrix/statementRoutes.js';
import { safeguardRoutes } from './support/matrix/safeguardRoutes.js';
import { outcomeRoutes } from './support/matrix/outcomeRoutes.js';

/** Every route of the contract that needs a session has an entry (the test checks). */
export const restMatrix: RouteEntries = {
  ...debateRoutes,
  ...statementRoutes,
  ...libraryRoutes,
  ...commentRoutes,
  'POST /api/auth/password': {
    allowed: SIGNED_IN,
    run: (c) =>
      c.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD }),
  },
  ...safeguardRoutes,
  ...outcomeRoutes,
};

/**
 * Every HTTP route the real app answers that needs no session: the web app itself, and the
 * contract's public routes (the health check, and those that authenticate by other means:
 * password, invitation token). With the matrix above, compared with the routes read from the
 * running Express app, nested routers included.
 */
export const WEB_APP_ROUTE = 'GET /^\\/(?!api\\/|socket\\.io\\/|collab\\/).*/';
export const PUBLIC_ROUTES = [
  WEB_APP_ROUTE,
  ...Object.entries(routes)
    .filter(([, contract]) => 'public' in contract)
    .map(([route]) => route),
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

/**
 * Who may open a draft statement's text over the collab endpoint, who may change it, and who
 * may only suggest (a plain change from them closes the connection with 4423).
 */
export const collabMatrix = {
  read: IN_DELEGATION_A,
  write: ['drafter'] as RoleName[],
  suggest: ['reviewer'] as RoleName[],
};

/**
 * A statement of delegation A after submission: organizers read its text (export, collab) and
 * nothing else of the delegation's workspace: threads, earlier versions and redlines are 404.
 */
export const submittedMatrix: Record<
  string,
  {
    allowed: readonly RoleName[];
    run(client: ApiClient, s: SubmittedWorkspace): Promise<ApiResponse<unknown>>;
  }
> = {
  'GET /api/statements/:id/export': {
    allowed: [...IN_DELEGATION_A, ...MANAGERS],
    run: (c, s) => c.get(`/api/statements/${s.statementId}/export?format=md`),
  },
  'GET /api/statements/:id/threads': {
    allowed: IN_DELEGATION_A,
    run: (c, s) => c.get(`/api/statements/${s.statementId}/threads`),
  },
  'GET /api/statements/:id/members': {
    allowed: IN_DELEGATION_A,
    run: (c, s) => c.get(`/api/statements/${s.statementId}/members`),
  },
  'GET /api/statements/:id/versions': {
    allowed: IN_DELEGATION_A,
    run: (c, s) => c.get(`/api/statements/${s.statementId}/versions`),
  },
  'GET /api/versions/:versionId': {
    allowed: IN_DELEGATION_A,
    run: (c, s) => c.get(`/api/versions/${s.versionId}`),
  },
  'GET /api/versions/:versionId/redline': {
    allowed: IN_DELEGATION_A,
    run: (c, s) => c.get(`/api/versions/${s.versionId}/redline?against=current`),
  },
};

export { submittedWorkspace };
